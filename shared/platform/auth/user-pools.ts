import type { Claims } from './claims.ts';
import { ANYONE, ROLES, scopeOfAccess, type Access, type MachineScope, type Role } from './roles.ts';

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
 *   pool that issued it, exactly as the JWT authorizers do, and hands on only that pool's roles;
 * - `machine`: a route for machine clients (its access names scopes, roles.ts): a JWT authorizer of
 *   the workforce pool's issuer whose audience is the deployment's machine clients, requiring the
 *   route's scope, so only their client-credentials access tokens pass, never a person's ID token.
 */
export type RouteAuthorizer = 'public' | UserPoolName | 'either-pool' | 'machine';

/** The scopes a machine route requires (any one of them); empty for every route people call. */
export const routeScopes = (roles: readonly Access[]): MachineScope[] =>
  roles.flatMap((access) => {
    const scope = scopeOfAccess(access);
    return scope === undefined ? [] : [scope];
  });

export const routeAuthorizer = (roles: readonly Access[]): RouteAuthorizer => {
  if (roles.includes(ANYONE)) return 'public';
  const scopes = routeScopes(roles);
  if (scopes.length > 0) {
    // An HTTP API route has one authorizer: a route is for people's ID tokens or for machines' access tokens, never both.
    if (scopes.length !== roles.length) throw new Error(`A route is for people or for machine clients, not both: ${roles.join(', ')}`);
    return 'machine';
  }
  const people = roles.filter((role): role is Role => role !== ANYONE && scopeOfAccess(role) === undefined);
  const pools = USER_POOLS.filter((pool) => people.some((role) => poolOfRole(role) === pool));
  const [only] = pools;
  return pools.length === 1 && only !== undefined ? only : 'either-pool';
};

/** The pools whose ID tokens a route accepts; none for a public route, nor for a machine route (access tokens only). */
export const poolsAccepted = (authorizer: RouteAuthorizer): readonly UserPoolName[] =>
  authorizer === 'public' || authorizer === 'machine' ? [] : authorizer === 'either-pool' ? USER_POOLS : [authorizer];

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
