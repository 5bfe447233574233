import type { Identity } from '../../../shared/platform/auth/identity.ts';
import { unauthorized } from '../../../shared/platform/errors/common-errors.ts';

/**
 * The applicant is the token's subject and nothing else: no route takes an applicant id, so no
 * caller can address another person's profile or consents.
 */
export const applicantIdOf = (identity: Identity | undefined): string => {
  // Applicant routes are protected, so the middleware has already refused a call without a token.
  if (identity === undefined) throw unauthorized('missing');
  return identity.subject;
};
