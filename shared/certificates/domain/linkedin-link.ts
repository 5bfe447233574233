/** Year and month as the certificate prints them: its date is Moscow's, whatever the server's zone. */
const MOSCOW_MONTH = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Moscow', year: 'numeric', month: 'numeric' });

/**
 * LinkedIn's "Add to profile" link for a certification, filled in: the holder only confirms. Every
 * value is percent-encoded as UTF-8 (names are Cyrillic), and `certUrl` is the public verification
 * page, so whoever reads the profile can check the certificate.
 */
export const linkedInAddToProfileUrl = (facts: {
  /** The certificate's name in the holder's language, e.g. `Финалист — Кадры будущего`. */
  readonly name: string;
  readonly organizationName: string;
  readonly issuedAt: string;
  readonly certUrl: string;
  /** The human number printed on the certificate. */
  readonly certId: string;
}): string => {
  const issuedAt = new Date(facts.issuedAt);
  if (Number.isNaN(issuedAt.getTime())) throw new Error(`Not a time: ${facts.issuedAt}`);
  const parts = MOSCOW_MONTH.formatToParts(issuedAt);
  const part = (type: 'year' | 'month'): string => parts.find((candidate) => candidate.type === type)?.value ?? '';
  const query: readonly (readonly [string, string])[] = [
    ['startTask', 'CERTIFICATION_NAME'],
    ['name', facts.name],
    ['organizationName', facts.organizationName],
    ['issueYear', part('year')],
    ['issueMonth', String(Number(part('month')))],
    ['certUrl', facts.certUrl],
    ['certId', facts.certId],
  ];
  return `https://www.linkedin.com/profile/add?${query.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&')}`;
};
