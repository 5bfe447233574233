import { type Claims, claimsExpired, identityFromClaims } from '../../auth/claims.ts';
import type { Identity } from '../../auth/identity.ts';
import type { Access } from '../../auth/roles.ts';
import { claimsForPool, routeAuthorizer, routeScopes } from '../../auth/user-pools.ts';
import { forbidden, unauthorized } from '../../errors/common-errors.ts';
import type { ApiAuthorizer } from '../api-gateway.ts';
import { isPublicRoute } from '../route.ts';
import { routeOf, stateOf, type HttpMiddleware } from '../request-state.ts';

/**
 * The verified claims, from whichever authorizer the route has. A route of one user pool has that
 * pool's JWT authorizer, so its token is that pool's and counts for that pool's roles only; the
 * token authorizer of the routes both pools call has already cut the groups to the issuing pool's.
 */
const claimsOf = (authorizer: ApiAuthorizer | undefined, roles: readonly Access[]): Claims | undefined => {
  const passed = authorizer?.lambda;
  const jwt = authorizer?.jwt?.claims;
  const pool = routeAuthorizer(roles);
  if (jwt !== undefined) return pool === 'applicants' || pool === 'workforce' ? claimsForPool(pool, jwt) : jwt;
  return passed !== undefined && 'claims' in passed ? passed.claims : undefined;
};

/**
 * A person holds one of the route's roles; a machine client (on a machine route, whose authorizer
 * admits access tokens only) holds one of its scopes. A person's token never carries a scope here,
 * nor a machine's a role, so neither passes the other's routes even if an authorizer let it through.
 */
const mayCall = (identity: Identity, roles: readonly Access[]): boolean => {
  const scopes = routeScopes(roles);
  if (scopes.length === 0) return identity.roles.some((role) => roles.includes(role));
  return identity.clientId !== undefined && scopes.some((scope) => identity.scopes?.includes(scope) === true);
};

/**
 * Reads the caller from the verified JWT claims and enforces the route's roles. It runs before
 * the body is parsed or validated and before any lookup, so a caller without the role learns
 * nothing about the input rules or the data (403 whatever they send).
 * API Gateway already refuses protected routes without a valid token; the 401 here answers what
 * its authorizers pass on: the token authorizer's "expired" (so a client renews its token on a
 * 401 on every route), a token its cached verdict outlived, and any set-up that lets a call through.
 */
export const authorization = (): HttpMiddleware => ({
  before: (request) => {
    const state = stateOf(request.context);
    const route = routeOf(state);
    const { authorizer } = request.event.requestContext;
    const claims = claimsOf(authorizer, route.roles);
    const identity = identityFromClaims(claims);
    if (!isPublicRoute(route)) {
      const passed = authorizer?.lambda;
      if (passed !== undefined && 'refusal' in passed) throw unauthorized(passed.refusal);
      if (identity === undefined) throw unauthorized('missing');
      if (claimsExpired(claims)) throw unauthorized('expired');
      if (!mayCall(identity, route.roles)) throw forbidden();
    }
    state.identity = identity;
  },
});
