/** Reading parsed JSON without trusting its shape: credentials and DID documents are outside data. */

export const member = (value: unknown, name: string): unknown =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>)[name] : undefined;

export const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);

/** A JSON-LD property that may hold one value or several. */
export const list = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

/** An issuer given as its id or as a Profile with one. */
export const issuerId = (credential: unknown): unknown => {
  const issuer = member(credential, 'issuer');
  return typeof issuer === 'string' ? issuer : member(issuer, 'id');
};
