import type { z } from 'zod';
import { logger } from '../../observability/logger.ts';
import type { RouteDefinition, RouteResult } from '../route.ts';
import { isApiResult, routeOf, stateOf, type HttpMiddleware } from '../request-state.ts';

const JSON_CONTENT_TYPE = 'application/json';

/** A handler returned something its route does not declare: our bug, hence a 500. */
class ResponseContractError extends Error {
  override readonly name = 'ResponseContractError';
}

/**
 * Turns the implementation's RouteResult into the API Gateway result: JSON unless the route
 * declares another content type (the docs page is HTML). With VALIDATE_RESPONSES=true (tests and
 * the local cloud) the body must match the route's declared response schema, so the OpenAPI
 * document cannot silently drift from what handlers return. Off in AWS: it costs every request.
 */
export const responseSerializer = ({
  validate = process.env['VALIDATE_RESPONSES'] === 'true',
}: {
  readonly validate?: boolean;
} = {}): HttpMiddleware => ({
  after: (request) => {
    const response = request.response;
    if (response === undefined || response === null || isApiResult(response))
      throw new ResponseContractError('Handler returned no RouteResult');
    const route = routeOf(stateOf(request.context));
    const chosen = alternativeOf(route, response);
    if (validate) checkContract(route, response, chosen?.body);
    const contentType = chosen?.contentType ?? route.responses[response.status]?.contentType ?? JSON_CONTENT_TYPE;
    request.response = {
      statusCode: response.status,
      headers: { ...response.headers, 'content-type': contentType },
      body:
        response.body === undefined ? undefined : contentType === JSON_CONTENT_TYPE ? JSON.stringify(response.body) : String(response.body),
      ...(response.isBase64Encoded === true ? { isBase64Encoded: true } : {}),
    };
  },
});

/** The alternative media type the implementation chose by its `content-type` header, if the route declares it. */
const alternativeOf = (route: RouteDefinition, response: RouteResult): { contentType: string; body: z.ZodType } | undefined => {
  const contentType = response.headers?.['content-type'];
  const body = contentType === undefined ? undefined : route.responses[response.status]?.alternatives?.[contentType];
  return contentType === undefined || body === undefined ? undefined : { contentType, body };
};

const checkContract = (route: RouteDefinition, response: RouteResult, alternative: z.ZodType | undefined): void => {
  const spec = route.responses[response.status];
  if (spec === undefined) {
    logger.error('undeclared response status', { operationId: route.operationId, status: response.status });
    throw new ResponseContractError(`${route.operationId} returned undeclared status ${response.status}`);
  }
  if (spec.body === undefined && response.body !== undefined) {
    logger.error('body on a response declared empty', { operationId: route.operationId, status: response.status });
    throw new ResponseContractError(`${route.operationId} returned a body on ${response.status}, which is declared empty`);
  }
  const result = (alternative ?? spec.body)?.safeParse(response.body);
  if (result !== undefined && !result.success) {
    // Paths and codes only: the values may be personal data.
    const issues = result.error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), code: issue.code }));
    logger.error('response does not match its schema', { operationId: route.operationId, status: response.status, issues });
    throw new ResponseContractError(`${route.operationId} returned a ${response.status} body that does not match its schema`);
  }
};
