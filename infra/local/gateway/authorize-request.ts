import type { IncomingMessage } from 'node:http';
import { flattenClaims } from '../../../shared/platform/auth/flatten-claims.ts';
import { authorizeEitherPool, bearerToken, verifyPoolToken } from '../../../shared/platform/auth/pool-token.ts';
import { poolsAccepted, routeAuthorizer, routeScopes } from '../../../shared/platform/auth/user-pools.ts';
import type { AppError } from '../../../shared/platform/errors/app-error.ts';
import { forbidden, tokenRefused, unauthorized } from '../../../shared/platform/errors/common-errors.ts';
import type { ApiAuthorizer } from '../../../shared/platform/http/api-gateway.ts';
import type { RouteDefinition } from '../../../shared/platform/http/route.ts';
import type { LocalPools } from '../auth/local-pools.ts';

export type GatewayAuthorization =
  | { readonly ok: true; readonly authorizer: ApiAuthorizer | undefined }
  | { readonly ok: false; readonly error: AppError };

/**
 * What API Gateway does before a route's Lambda is called, by the authorizer the route has in AWS
 * (shared/platform/auth/user-pools.ts `routeAuthorizer`):
 * - a public route: nothing, and no authorizer in the event, even with a token;
 * - a route of one pool: its JWT authorizer verifies the bearer token against that pool alone and
 *   refuses with 401 (the claims, flattened, go to the Lambda as `authorizer.jwt.claims`);
 * - a route both pools call: the token authorizer (the same code as functions/token-authorizer) checks
 *   the token against the pool that issued it; a refusal is API Gateway's 403, a pass hands the Lambda
 *   `authorizer.lambda`. A missing token is a 401 before any authorizer runs;
 * - a machine route: its JWT authorizer takes the workforce pool's machine clients' access tokens
 *   (401 otherwise: a person's ID token is not one) and answers 403 when the token lacks the route's
 *   scope, as API Gateway's authorization scopes do; the scopes go to the Lambda with the claims.
 * Refusals are a problem+json naming the reason instead of API Gateway's bare {"message": …}.
 */
export const authorizeRequest = async (
  request: IncomingMessage,
  route: RouteDefinition,
  pools: LocalPools,
): Promise<GatewayAuthorization> => {
  const authorizer = routeAuthorizer(route.roles);
  if (authorizer === 'public') return { ok: true, authorizer: undefined };
  const header = request.headers.authorization;
  if (header === undefined || header.trim() === '') return { ok: false, error: unauthorized('missing') };
  if (authorizer === 'machine') {
    const token = bearerToken(header);
    if (token === undefined) return { ok: false, error: unauthorized('malformed') };
    const verdict = await pools.workforce.clientTokens.verify(token);
    if (!verdict.ok) return { ok: false, error: unauthorized(verdict.reason) };
    const scope = verdict.claims['scope'];
    const scopes = typeof scope === 'string' ? scope.split(' ') : [];
    if (!routeScopes(route.roles).some((required) => scopes.includes(required))) return { ok: false, error: forbidden() };
    return { ok: true, authorizer: { jwt: { claims: flattenClaims(verdict.claims), scopes } } };
  }
  const verifiers = poolsAccepted(authorizer).map((pool) => pools[pool]);
  if (authorizer === 'either-pool') {
    const decision = await authorizeEitherPool(header, verifiers);
    return decision.isAuthorized
      ? { ok: true, authorizer: { lambda: decision.context } }
      : { ok: false, error: tokenRefused(decision.reason) };
  }
  const token = bearerToken(header);
  if (token === undefined) return { ok: false, error: unauthorized('malformed') };
  const verdict = await verifyPoolToken(token, verifiers);
  return verdict.ok
    ? { ok: true, authorizer: { jwt: { claims: flattenClaims(verdict.claims), scopes: null } } }
    : { ok: false, error: unauthorized(verdict.reason) };
};
