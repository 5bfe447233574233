import { identityFromClaims } from '../../auth/claims.ts';
import { forbidden, unauthorized } from '../../errors/common-errors.ts';
import { isPublicRoute } from '../route.ts';
import { routeOf, stateOf, type HttpMiddleware } from '../request-state.ts';

/**
 * Reads the caller from the verified JWT claims and enforces the route's roles. It runs before
 * the body is parsed or validated and before any lookup, so a caller without the role learns
 * nothing about the input rules or the data (403 whatever they send).
 * API Gateway already refuses protected routes without a valid token; the 401 here is the
 * second line, for a deployment or local set-up that lets one through.
 */
export const authorization = (): HttpMiddleware => ({
  before: (request) => {
    const state = stateOf(request.context);
    const route = routeOf(state);
    const identity = identityFromClaims(request.event.requestContext.authorizer?.jwt?.claims);
    if (!isPublicRoute(route)) {
      if (identity === undefined) throw unauthorized('missing');
      if (!identity.roles.some((role) => route.roles.includes(role))) throw forbidden();
    }
    state.identity = identity;
  },
});
