import type { MiddlewareObj } from '@middy/core';
import type { Context } from 'aws-lambda';
import type { Identity } from '../auth/identity.ts';
import type { ApiEvent, ApiResult } from './api-gateway.ts';
import type { RouteDefinition, RouteImplementation, RouteResult } from './route.ts';

/** The request after validation: the values each schema produced (defaults applied, coercions done). */
export interface ValidatedRequest {
  readonly params: unknown;
  readonly query: unknown;
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly body: unknown;
}

/**
 * What the middleware chain learns about one request, step by step. It lives on the Lambda
 * context because that is the one object middy hands both to middleware and to the handler,
 * and it is fresh for every invocation (also when the local gateway runs requests concurrently).
 */
export interface RequestState {
  readonly correlationId: string;
  startedAt?: number;
  route?: RouteDefinition;
  /** The route's implementation, loaded with it (middleware/route-resolution.ts). */
  implementation?: RouteImplementation<RouteDefinition>;
  identity?: Identity;
  /** Parsed JSON body; set only on routes that declare a body schema. */
  body?: unknown;
  input?: ValidatedRequest;
}

export interface HttpContext extends Context {
  cadre?: RequestState;
}

/** Before serialization the handler's RouteResult; after it, the API Gateway result. */
export type HttpResponse = RouteResult | ApiResult;
export type HttpMiddleware = MiddlewareObj<ApiEvent, HttpResponse, Error, HttpContext>;

/** Middleware order is fixed in route-handler.ts; reaching these throws only if that order is broken. */
export const stateOf = (context: HttpContext): RequestState => {
  if (context.cadre === undefined) throw new Error('Request state missing: the correlation-id middleware must run first');
  return context.cadre;
};

export const routeOf = (state: RequestState): RouteDefinition => {
  if (state.route === undefined) throw new Error('Route missing: the route-resolution middleware must run before this one');
  return state.route;
};

export const isApiResult = (response: HttpResponse | null | undefined): response is ApiResult =>
  typeof response === 'object' && response !== null && 'statusCode' in response;
