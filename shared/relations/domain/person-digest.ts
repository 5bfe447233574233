import { createHash } from 'node:crypto';

/** Addresses as people type them differ in case and stray spaces; nothing fuzzier (dots and +tags are each provider's own rule). */
export const normaliseEmail = (email: string): string => email.normalize('NFKC').trim().toLowerCase();

/**
 * What names a person across cadre's two user pools: an expert's and an applicant's accounts share
 * no id, only the address each signed in or wrote to us with. The digest keeps addresses out of the
 * relation items (and anything that logs them); it is a pseudonym, not a secret: whoever guesses an
 * address can compute it, as whoever reads the table can read the applicant's profile anyway.
 */
export const personDigest = (email: string): string =>
  createHash('sha256')
    .update(`cadre-person:${normaliseEmail(email)}`)
    .digest('hex');
