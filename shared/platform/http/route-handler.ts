import middy from '@middy/core';
import type { ApiEvent, ApiHandler, ApiResult } from './api-gateway.ts';
import { authorization } from './middleware/authorization.ts';
import { correlationId } from './middleware/correlation-id.ts';
import { errorMapper } from './middleware/error-mapper.ts';
import { jsonBody } from './middleware/json-body.ts';
import { metricsFlush } from './middleware/metrics-flush.ts';
import { requestLog } from './middleware/request-log.ts';
import { requestValidation } from './middleware/request-validation.ts';
import { responseSerializer } from './middleware/response-serializer.ts';
import { routeResolution } from './middleware/route-resolution.ts';
import { routeOf, stateOf, type HttpContext, type HttpResponse, type ValidatedRequest } from './request-state.ts';
import { isPublicRoute, type RouteDefinition, type RouteImplementation, type RouteResult } from './route.ts';
import { loadersOf, type UntypedRouteLoaders } from './route-loaders.ts';
import type { RouteModule } from './route-module.ts';

/** One implementation per route, keyed by the route's operationId. */
export type ImplementationsOf<R extends RouteDefinition> = {
  readonly [OperationId in R['operationId']]: RouteImplementation<Extract<R, { readonly operationId: OperationId }>>;
};

/**
 * An implementation seen without its route's types. Calling it with a ValidatedRequest is sound
 * because the validation middleware produced that request from the same route's schemas, a link
 * TypeScript cannot follow from a route chosen at run time.
 */
type UntypedImplementation = (
  input: ValidatedRequest & Pick<Parameters<RouteImplementation<RouteDefinition>>[0], 'identity' | 'correlationId'>,
) => Promise<RouteResult>;

/**
 * A Lambda handler serving the routes `loaders` load. Middleware order matters and is the point of
 * this file: `before` runs top to bottom, `after`/`onError` bottom to top, so the error mapper sees
 * every failure, the log line records the mapped status and the correlation id reaches every
 * response. The route is loaded before the role check, and the role check runs before the body is
 * even parsed. The metrics flush is first, so it publishes after everything else has run.
 */
export const createLoadingRouteHandler = (loaders: UntypedRouteLoaders): ApiHandler => {
  const dispatch = async (_event: ApiEvent, context: HttpContext): Promise<HttpResponse> => {
    const state = stateOf(context);
    const route = routeOf(state);
    const implementation = state.implementation as UntypedImplementation | undefined;
    if (implementation === undefined || state.input === undefined)
      throw new Error('Dispatch reached without an implementation or validated input');
    // The authorization middleware has refused a protected route without a verified token; this
    // is what lets a protected route's implementation take `identity` as `Identity` (route.ts, IdentityOf).
    if (state.identity === undefined && !isPublicRoute(route)) throw new Error('A protected route reached dispatch without an identity');
    return implementation({ ...state.input, identity: state.identity, correlationId: state.correlationId });
  };
  const handler = middy<ApiEvent, HttpResponse, Error, HttpContext>(dispatch).use([
    metricsFlush(),
    correlationId(),
    requestLog(),
    errorMapper(),
    routeResolution(loaders),
    authorization(),
    jsonBody(),
    requestValidation(),
    responseSerializer(),
  ]);
  // After the serializer and the error mapper, the response is always the API Gateway result.
  return async (event, context) => (await handler(event, context)) as ApiResult;
};

/**
 * A handler over routes and implementations already in memory (the tests' routes). It fails at
 * once, not at the first request, when a route has no implementation or vice versa.
 */
export const createRouteHandler = <R extends RouteDefinition>(
  routes: readonly R[],
  implementations: NoInfer<ImplementationsOf<R>>,
): ApiHandler => createLoadingRouteHandler(loadersOf(pair(routes, implementations as Readonly<Record<string, UntypedImplementation>>)));

const pair = (routes: readonly RouteDefinition[], implementations: Readonly<Record<string, UntypedImplementation>>): RouteModule[] => {
  const operationIds = new Set(routes.map((route) => route.operationId));
  const missing = [...operationIds].filter((id) => typeof implementations[id] !== 'function');
  const unknown = Object.keys(implementations).filter((id) => !operationIds.has(id));
  if (missing.length > 0 || unknown.length > 0) {
    throw new Error(`Implementations do not match the routes: missing [${missing.join(', ')}], unknown [${unknown.join(', ')}]`);
  }
  return routes.map((route) => ({ route, implementation: implementations[route.operationId] as RouteModule['implementation'] }));
};
