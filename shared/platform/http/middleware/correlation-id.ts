import { headerOf } from '../api-gateway.ts';
import { isApiResult, type HttpMiddleware } from '../request-state.ts';

const CORRELATION_HEADER = 'x-correlation-id';
/** A caller's id is reused only if it is short and plain, so it cannot smuggle data or forge log lines. */
const ACCEPTABLE_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Gives every request a correlation id (the caller's, else API Gateway's request id), starts the
 * request state with it and echoes it in the response, problems included, so a caller can quote it.
 */
export const correlationId = (): HttpMiddleware => {
  const echo: NonNullable<HttpMiddleware['after']> = (request) => {
    const id = request.context.cadre?.correlationId;
    if (id !== undefined && isApiResult(request.response)) {
      request.response.headers = { ...request.response.headers, [CORRELATION_HEADER]: id };
    }
  };
  return {
    before: (request) => {
      const offered = headerOf(request.event, CORRELATION_HEADER);
      const id = offered !== undefined && ACCEPTABLE_ID.test(offered) ? offered : request.event.requestContext.requestId;
      request.context.cadre = { correlationId: id };
    },
    after: echo,
    onError: echo,
  };
};
