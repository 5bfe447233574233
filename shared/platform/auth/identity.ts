import type { Role } from './roles.ts';

/**
 * The caller, as read from verified JWT claims (Cognito in AWS, the local issuer locally).
 * Claims used: `sub`, `email`, `cognito:groups` (roles), and custom claims that scope
 * partners and staff: `custom:region` (subject code), `custom:organisation`,
 * `custom:programmes` (comma-separated programme ids a staff member runs, `*` for all).
 */
export interface Identity {
  readonly subject: string;
  readonly email: string | undefined;
  readonly roles: readonly Role[];
  readonly region: string | undefined;
  readonly organisation: string | undefined;
  readonly programmes: readonly string[];
}
