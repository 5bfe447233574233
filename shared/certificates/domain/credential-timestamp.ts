/**
 * A credential's time (`validFrom`) in whole seconds, `2026-07-01T09:30:00Z`: its JWT carries the
 * same instant as `nbf`, a count of seconds, and a verifier must find the two equal, so a time with
 * milliseconds is cut to the second before it is written anywhere.
 */
export const credentialTimestamp = (at: string | Date): string => {
  const milliseconds = typeof at === 'string' ? Date.parse(at) : at.getTime();
  if (Number.isNaN(milliseconds)) throw new Error(`Not a time: ${String(at)}`);
  return new Date(Math.floor(milliseconds / 1000) * 1000).toISOString().replace('.000Z', 'Z');
};
