import { createHash } from 'node:crypto';

/**
 * A pair's id follows from its mentee and mentor, so proposing the same pair twice (a matching
 * repeated, or racing staff's own pairing) writes one pair: the second write finds it there.
 * UUID-shaped (version 8, "custom"), as every generated id of the API is.
 */
export const pairIdOf = (applicationId: string, mentorId: string): string => {
  const hex = createHash('sha256').update(`mentoring-pair:${applicationId}:${mentorId}`).digest('hex');
  const variant = ((Number.parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};
