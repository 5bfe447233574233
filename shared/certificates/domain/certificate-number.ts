/** The year a certificate is issued in, as Moscow counts it (a certificate issued on 31 December 22:00 UTC is next year's). */
export const issueYear = (at: string): number => new Date(Date.parse(at) + 3 * 60 * 60 * 1000).getUTCFullYear();

/** The sequence a programme's certificates of one year are numbered from. */
export const numberSequence = (programmeId: string, year: number): string => `certificate-number#${programmeId}#${year}`;

/** ПК-2026-000123: the programme's prefix, the year, the place in the year's sequence (six digits, more past a million). */
export const certificateNumber = (prefix: string, year: number, sequence: number): string =>
  `${prefix}-${year}-${String(sequence).padStart(6, '0')}`;
