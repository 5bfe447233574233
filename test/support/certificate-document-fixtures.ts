import type { CertificateDocumentInput, LetterDocumentInput } from '../../shared/certificates/documents/document-inputs.ts';

/** A verification URL as the local cloud makes them: the path-style bucket on the local S3. */
export const VERIFICATION_URL = 'http://127.0.0.1:4569/cadre-verification/verify/index.html?id=0b8f6f3c-2f55-4c1e-9a55-7d0c3f2e9a11';

/** Shaped as a compact JWS; the documents embed it as it is and never read it. */
export const CREDENTIAL_JWT =
  'eyJhbGciOiJFUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImRpZDp3ZWI6MTI3LjAuMC4xJTNBNDU2OTpjYWRyZS12ZXJpZmljYXRpb24jY2VydGlmaWNhdGVzLTEifQ' +
  '.eyJpc3MiOiJkaWQ6d2ViOjEyNy4wLjAuMSUzQTQ1Njk6Y2FkcmUtdmVyaWZpY2F0aW9uIiwianRpIjoidXJuOnV1aWQ6MGI4ZjZmM2MifQ' +
  '.MEUCIQDp4m1XqP2cI0xR8u0Bv1mX7gk7Hn3Jm6m2yQq7uXw9LgIgY8c3nq1sY4k2a1m0fQx0L3t6b5v8c7n9m0p1q2r3s4t';

/** A ПроКадры finalist's certificate, in Russian first. */
export const certificateInput = (overrides: Partial<CertificateDocumentInput> = {}): CertificateDocumentInput => ({
  layout: 'prokadry',
  language: 'ru',
  number: 'ПК-2026-000123',
  holderName: 'Ёлкина Анастасия Вячеславовна',
  programmeName: { ru: 'ПроКадры', en: 'ProKadry' },
  seasonTitle: { ru: 'Сезон 2026', en: 'Season 2026' },
  achievement: { ru: 'Финалист', en: 'Finalist' },
  track: { ru: 'PRO', en: 'PRO' },
  issuedAt: '2026-12-15T09:00:00.000Z',
  issuerName: { ru: 'Ассоциация молодёжных правительств', en: 'Association of Youth Governments' },
  verificationUrl: VERIFICATION_URL,
  credentialJwt: CREDENTIAL_JWT,
  ...overrides,
});

const PARAGRAPH =
  'Анастасия проявила себя как ответственный и инициативный участник программы. За время работы над проектом ' +
  'она самостоятельно выстроила план исследования, провела двенадцать интервью с представителями муниципальных ' +
  'администраций и подготовила аналитическую записку, которую мы подробно обсуждали на каждой встрече.';

/** Cyrillic prose of at most `length` characters (and nearly that), in paragraphs separated by blank lines, each ending with its number. */
export const letterText = (length: number): string => {
  const paragraphs: string[] = [];
  for (;;) {
    const paragraph = `${PARAGRAPH} Абзац номер ${paragraphs.length + 1}.`;
    if ([...paragraphs, paragraph].join('\n\n').length > length) return paragraphs.join('\n\n');
    paragraphs.push(paragraph);
  }
};

/** An Объединение наставников mentor's letter of some 6,000 characters, in Russian. */
export const letterInput = (overrides: Partial<LetterDocumentInput> = {}): LetterDocumentInput => ({
  language: 'ru',
  holderName: 'Ёлкина Анастасия Вячеславовна',
  mentorName: 'Петров Сергей Иванович',
  mentorRole: {
    ru: 'Наставник программы «Объединение наставников»',
    en: 'Mentor of the Mentors Association programme',
  },
  programmeName: { ru: 'Объединение наставников', en: 'Mentors Association' },
  seasonTitle: { ru: 'Сезон 2026', en: 'Season 2026' },
  text: letterText(6_000),
  finalisedAt: '2026-05-14T09:00:00.000Z',
  number: 'РП-2026-000045',
  ...overrides,
});
