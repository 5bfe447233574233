import type { APIGatewayRequestAuthorizerEventV2 } from 'aws-lambda';
import { authorizeEitherPool, type TokenAuthorizerContext } from '../../shared/platform/auth/pool-token.ts';
import { logger } from '../../shared/platform/observability/logger.ts';
import { wiring } from './wiring.ts';

// Cold start: each pool's key set, fetched at the first token it verifies and cached for the container.
wiring();

/** An HTTP API Lambda authorizer's simple response (payload 2.0): nothing else may be in it. */
export type SimpleAuthorizerResult =
  | { readonly isAuthorized: true; readonly context: TokenAuthorizerContext }
  | { readonly isAuthorized: false };

/**
 * The authorizer of the routes both user pools call (shared/platform/auth/user-pools.ts): an API
 * Gateway JWT authorizer takes one issuer, so this one checks the bearer token against whichever of
 * the two pools issued it, as the JWT authorizers do, and passes on only the roles that pool grants.
 * API Gateway invokes it only with an Authorization header (its identity source; none is a 401) and
 * caches its answer per token. Only the refusal's reason is logged, never the token or its claims.
 */
export const handler = async (event: APIGatewayRequestAuthorizerEventV2): Promise<SimpleAuthorizerResult> => {
  const decision = await authorizeEitherPool(event.headers?.['authorization'] ?? '', wiring().verifiers);
  if (!decision.isAuthorized) {
    logger.info('Token refused', { routeKey: event.routeKey, reason: decision.reason });
    return { isAuthorized: false };
  }
  return { isAuthorized: true, context: decision.context };
};
