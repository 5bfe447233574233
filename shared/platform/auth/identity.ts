import type { Role } from './roles.ts';

/**
 * The caller, as read from verified JWT claims (Cognito in AWS, the local issuer locally).
 * Claims used: `sub`, `email`, `cognito:groups` (roles), and custom claims that scope
 * partners and staff: `custom:region` (subject code), `custom:organisation`,
 * `custom:programmes` (comma-separated programme ids a staff member runs, `*` for all).
 * A machine client's access token has `sub` and `client_id` (its client id) and `scope` instead.
 */
export interface Identity {
  readonly subject: string;
  readonly email: string | undefined;
  readonly roles: readonly Role[];
  readonly region: string | undefined;
  readonly organisation: string | undefined;
  readonly programmes: readonly string[];
  /** A machine client's OAuth client id (its access token's `client_id`); absent for people. */
  readonly clientId?: string | undefined;
  /** The OAuth scopes of a machine client's access token (`scope`); absent or empty for people. */
  readonly scopes?: readonly string[];
}
