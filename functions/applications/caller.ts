import type { Identity } from '../../shared/auth/identity.ts';
import { unauthorized } from '../../shared/errors/common-errors.ts';

/** Every applications route is protected: the middleware has checked the token and roles already. */
export const caller = (identity: Identity | undefined): Identity => {
  if (identity === undefined) throw unauthorized('missing');
  return identity;
};
