/**
 * How long a release may be read: 12 months unless the deployment says less. The data-sharing
 * consent texts promise the applicant "at most 12 months", so a longer setting is refused at start.
 */
export const DEFAULT_RELEASE_VALIDITY_DAYS = 365;
export const MAX_RELEASE_VALIDITY_DAYS = 365;

const DAY_MS = 24 * 60 * 60 * 1000;

export const releaseValidityDays = (configured: number | undefined): number => {
  const days = configured ?? DEFAULT_RELEASE_VALIDITY_DAYS;
  if (days > MAX_RELEASE_VALIDITY_DAYS) throw new Error(`A release may be valid at most ${MAX_RELEASE_VALIDITY_DAYS} days, not ${days}`);
  return days;
};

export const validUntilOf = (releasedAt: Date, days: number): string => new Date(releasedAt.getTime() + days * DAY_MS).toISOString();

/** A release is read only before its `validUntil`; the table's TTL removes it some time after, which nothing relies on. */
export const isExpired = (validUntil: string, now: Date): boolean => Date.parse(validUntil) <= now.getTime();
