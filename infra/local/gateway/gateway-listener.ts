import { randomUUID } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { isAppError } from '../../../shared/platform/errors/app-error.ts';
import { methodNotAllowed, payloadTooLarge, routeNotFound } from '../../../shared/platform/errors/common-errors.ts';
import type { ApiHandler } from '../../../shared/platform/http/api-gateway.ts';
import { internalError } from '../../../shared/platform/http/internal-error.ts';
import { routeKey, type Capability, type RouteDefinition } from '../../../shared/platform/http/route.ts';
import { describeUnexpectedError, logger } from '../../../shared/platform/observability/logger.ts';
import type { LocalPools } from '../auth/local-pools.ts';
import { authorizeRequest } from './authorize-request.ts';
import { localLambdaContext } from '../lambda-context.ts';
import { issuerEndpoints, type LocalEndpoint } from './local-endpoints.ts';
import { payloadEvent } from './payload-event.ts';
import { GATEWAY_BODY_LIMIT_BYTES, readBody } from './read-body.ts';
import { createRouteMatcher } from './route-matcher.ts';
import { writeProblem, writeResult } from './write-result.ts';

/** API Gateway gives an integration 30 seconds, so that is the time a handler is told it has. */
const API_GATEWAY_TIMEOUT_MS = 30_000;

export interface GatewayListenerOptions {
  readonly routes: readonly RouteDefinition[];
  /** The capability's Lambda handler (`functions/<capability>/handler.ts`), called in-process. */
  readonly loadHandler: (capability: Capability) => Promise<ApiHandler>;
  /** The stand-ins for the deployment's two user pools. */
  readonly pools: LocalPools;
  /** Local-only endpoints (outside the route table), matched by exact method and path first. */
  readonly extraRoutes?: readonly LocalEndpoint[];
  readonly bodyLimitBytes?: number;
}

const ACCEPTABLE_CORRELATION_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * The local API Gateway: route by the route table (404 unknown path, 405 known path with another
 * method), cap the body, check the bearer token as the route's authorizer would, then hand the Lambda
 * handler the payload 2.0 event API Gateway would and write back its result.
 */
export const createGatewayListener = ({
  routes,
  loadHandler,
  pools,
  extraRoutes = [],
  bodyLimitBytes = GATEWAY_BODY_LIMIT_BYTES,
}: GatewayListenerOptions): RequestListener => {
  const match = createRouteMatcher(routes);
  const endpoints = [...issuerEndpoints(pools), ...extraRoutes];

  const serve = async (request: IncomingMessage, response: ServerResponse, url: URL, requestId: string): Promise<string | undefined> => {
    const method = request.method ?? 'GET';
    const problemContext = { correlationId: requestId, instance: url.pathname };
    const endpoint = endpoints.find((candidate) => candidate.method === method && candidate.path === url.pathname);
    const matched = endpoint === undefined ? match(method, url.pathname) : undefined;
    if (matched?.kind === 'not-found') return void writeProblem(response, routeNotFound(), problemContext);
    if (matched?.kind === 'method-not-allowed') return void writeProblem(response, methodNotAllowed(matched.allowed), problemContext);
    const body = await readBody(request, bodyLimitBytes);
    if (!body.ok) {
      writeProblem(response, payloadTooLarge(bodyLimitBytes), problemContext);
      return endpoint?.path ?? (matched?.kind === 'matched' ? routeKey(matched.route) : undefined);
    }
    if (endpoint !== undefined) {
      await endpoint.handle({ incoming: request, url, body: body.body, correlationId: requestId }, response);
      return endpoint.path;
    }
    if (matched === undefined) return undefined;
    const { route, pathParameters } = matched;
    const authorized = await authorizeRequest(request, route, pools);
    if (!authorized.ok) {
      writeProblem(response, authorized.error, problemContext);
      return routeKey(route);
    }
    const event = payloadEvent({
      request,
      url,
      route,
      pathParameters,
      body: body.body,
      requestId,
      authorizer: authorized.authorizer,
    });
    const handler = await loadHandler(route.capability);
    writeResult(response, await handler(event, localLambdaContext(`cadre-local-${route.capability}`, API_GATEWAY_TIMEOUT_MS)), requestId);
    return routeKey(route);
  };

  return (request, response) => {
    const startedAt = performance.now();
    const offered = request.headers['x-correlation-id'];
    // Like API Gateway's request id; a caller's correlation id is kept when it is safe to echo.
    const requestId = typeof offered === 'string' && ACCEPTABLE_CORRELATION_ID.test(offered) ? offered : randomUUID();
    const url = new URL(request.url ?? '/', `http://${request.headers.host ?? 'localhost'}`);
    serve(request, response, url, requestId)
      .catch((error: unknown) => {
        if (!isAppError(error)) logger.error('gateway failure', { correlationId: requestId, ...describeUnexpectedError(error) });
        if (!response.headersSent)
          writeProblem(response, isAppError(error) ? error : internalError(), { correlationId: requestId, instance: url.pathname });
        return undefined;
      })
      .then((served) => {
        // Like API Gateway's access log: the route template, never the raw path, query or body.
        logger.info('gateway', {
          method: request.method,
          routeKey: served,
          status: response.statusCode,
          durationMs: Math.round(performance.now() - startedAt),
          correlationId: requestId,
        });
      });
  };
};
