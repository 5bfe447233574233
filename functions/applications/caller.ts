import type { Identity } from '../../shared/platform/auth/identity.ts';
import { unauthorized } from '../../shared/platform/errors/common-errors.ts';

/** Every applications route is protected: the middleware has checked the token and roles already. */
export const caller = (identity: Identity | undefined): Identity => {
  if (identity === undefined) throw unauthorized('missing');
  return identity;
};
