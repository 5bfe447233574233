import type { Identity } from '../../../shared/platform/auth/identity.ts';

/**
 * The applicant is the token's subject and nothing else: no route takes an applicant id, so no
 * caller can address another person's profile or consents.
 */
export const applicantIdOf = (identity: Identity): string => identity.subject;
