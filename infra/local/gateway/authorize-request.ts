import type { IncomingMessage } from 'node:http';
import { flattenClaims } from '../../../shared/platform/auth/flatten-claims.ts';
import { authorizeEitherPool, bearerToken, verifyPoolToken } from '../../../shared/platform/auth/pool-token.ts';
import { poolsAccepted, routeAuthorizer } from '../../../shared/platform/auth/user-pools.ts';
import type { AppError } from '../../../shared/platform/errors/app-error.ts';
import { tokenRefused, unauthorized } from '../../../shared/platform/errors/common-errors.ts';
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
 *   `authorizer.lambda`. A missing token is a 401 before any authorizer runs.
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
