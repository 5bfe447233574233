import type { Claims } from './claims.ts';
import { ANYONE, ROLES, type Access, type Role } from './roles.ts';

/**
 * The two Cognito user pools a deployment has. Applicants (the public) sign themselves up to the
 * `applicants` pool; staff, experts, mentors and partners are created by ops in the `workforce` pool,
 * where MFA is required. Each role belongs to exactly one pool, and a pool's tokens count only for
 * its own roles: a token of the applicants' pool never acts as staff, whatever groups it names.
 */
export const USER_POOLS = ['applicants', 'workforce'] as const;
export type UserPoolName = (typeof USER_POOLS)[number];

/** The pool each role's people sign in to (a new role does not compile until it has one). */
export const ROLE_POOL: Readonly<Record<Role, UserPoolName>> = {
  applicant: 'applicants',
  expert: 'workforce',
  mentor: 'workforce',
  staff: 'workforce',
  partner: 'workforce',
};

export const poolOfRole = (role: Role): UserPoolName => ROLE_POOL[role];

/** The roles a pool may grant: the Cognito groups it has. */
export const poolRoles = (pool: UserPoolName): Role[] => ROLES.filter((role) => ROLE_POOL[role] === pool);

/**
 * Who checks a route's token in front of its Lambda:
 * - `public`: nobody (the route is open to anyone);
 * - `applicants` / `workforce`: API Gateway's JWT authorizer for that one pool (its issuer and app client);
 * - `either-pool`: the route allows roles of both pools, and an HTTP API JWT authorizer takes one
 *   issuer only, so the token authorizer Lambda (functions/token-authorizer) checks it against the
 *   pool that issued it, exactly as the JWT authorizers do, and hands on only that pool's roles.
 */
export type RouteAuthorizer = 'public' | UserPoolName | 'either-pool';

export const routeAuthorizer = (roles: readonly Access[]): RouteAuthorizer => {
  if (roles.includes(ANYONE)) return 'public';
  const pools = USER_POOLS.filter((pool) => roles.some((role) => role !== ANYONE && poolOfRole(role) === pool));
  const [only] = pools;
  return pools.length === 1 && only !== undefined ? only : 'either-pool';
};

/** The pools whose tokens a route accepts; none for a public route. */
export const poolsAccepted = (authorizer: RouteAuthorizer): readonly UserPoolName[] =>
  authorizer === 'public' ? [] : authorizer === 'either-pool' ? USER_POOLS : [authorizer];

/**
 * A pool's token with its `cognito:groups` cut down to the roles that pool may grant. Groups that
 * are not cadre roles go too. Values keep their shape: an array stays an array, and API Gateway's
 * flattened "[a b]" string stays a flattened string.
 */
export const claimsForPool = (pool: UserPoolName, claims: Claims): Claims => {
  const granted: readonly string[] = poolRoles(pool);
  const groups = claims['cognito:groups'];
  if (groups === undefined) return claims;
  const kept = (Array.isArray(groups) ? groups : typeof groups === 'string' ? groups.replace(/^\[|\]$/g, '').split(/[\s,]+/) : []).filter(
    (group) => granted.includes(group),
  );
  return { ...claims, 'cognito:groups': Array.isArray(groups) ? kept : `[${kept.join(' ')}]` };
};
