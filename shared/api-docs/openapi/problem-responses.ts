import * as z from 'zod';
import { isPublicRoute, type RouteDefinition } from '../../platform/http/route.ts';
import { PROBLEM_CONTENT_TYPE } from '../../platform/http/problem.ts';
import type { Reference, ResponseObject } from './openapi-document.ts';

const problemContent = { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/Problem' } } };

/**
 * What API Gateway answers by itself, before any code of cadre runs: its throttling's 429 is
 * `{"message":"Too Many Requests"}`, not a problem (an HTTP API cannot reshape its own responses).
 */
export const gatewayMessageSchema = z
  .strictObject({
    message: z
      .string()
      .max(64)
      .meta({ examples: ['Too Many Requests'] }),
  })
  .meta({ description: 'An answer API Gateway writes itself: a bare message, no problem details.' });

/** The refusals the foundation itself can produce, each once, as reusable responses. */
export const PROBLEM_RESPONSES = {
  BadRequest: {
    description:
      'Invalid request (`validation-failed` lists every field at fault; `malformed-json`; `too-deeply-nested`, a JSON body nested past 64 levels).',
    content: problemContent,
  },
  Unauthorized: {
    description: 'Missing, malformed, expired or invalid token (`token-missing`, `token-malformed`, `token-expired`, `token-invalid`).',
    content: problemContent,
  },
  Forbidden: {
    description:
      'The caller has none of the roles the operation allows (`forbidden`). On an operation both user pools call, also a token that is not one of ours: API Gateway writes that answer itself (`{"message": "Forbidden"}`).',
    content: problemContent,
  },
  NotFound: { description: 'The resource does not exist or is not the caller’s (`not-found`).', content: problemContent },
  PayloadTooLarge: { description: 'The body exceeds the size limit (`payload-too-large`).', content: problemContent },
  UnsupportedMediaType: {
    description:
      'The body is not in the media type the operation takes (`application/json` unless its request body says otherwise; `unsupported-media-type`).',
    content: problemContent,
  },
  TooManyRequests: {
    description:
      'The deployment’s throttling (API Gateway’s steady rate and burst per route, lower on the routes where abuse is cheap) refused the call before it reached cadre; nothing was done. Retry later, backing off exponentially with jitter. API Gateway writes this answer itself: `{"message": "Too Many Requests"}`.',
    content: { 'application/json': { schema: { $ref: '#/components/schemas/GatewayMessage' } } },
  },
  InternalError: { description: 'Our fault; quote the correlationId to support (`internal-error`).', content: problemContent },
} as const satisfies Record<string, ResponseObject>;

const ref = (name: keyof typeof PROBLEM_RESPONSES): Reference => ({ $ref: `#/components/responses/${name}` });

/**
 * Every error status an operation can answer with, by what the route is: any route may get a 400
 * (unknown query fields are rejected everywhere), protected routes 401/403, routes addressing a
 * resource by id 404, routes with a body 413/415, every route 429 (the gateway's throttling) and
 * whatever error statuses the route declares.
 */
export const problemResponsesOf = (route: RouteDefinition): Readonly<Record<string, ResponseObject | Reference>> => ({
  400: ref('BadRequest'),
  ...(isPublicRoute(route) ? {} : { 401: ref('Unauthorized'), 403: ref('Forbidden') }),
  ...(route.path.includes('{') ? { 404: ref('NotFound') } : {}),
  ...(route.request?.body === undefined ? {} : { 413: ref('PayloadTooLarge'), 415: ref('UnsupportedMediaType') }),
  429: ref('TooManyRequests'),
  500: ref('InternalError'),
});
