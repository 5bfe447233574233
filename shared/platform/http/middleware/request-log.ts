import { isAppError } from '../../errors/app-error.ts';
import { logger } from '../../observability/logger.ts';
import { isApiResult, type HttpMiddleware } from '../request-state.ts';

/**
 * One structured line per request: route key, status, duration, error code, correlation id.
 * Deliberately nothing from the request itself (no body, headers, path values or claims):
 * those are where personal data lives.
 */
export const requestLog = (): HttpMiddleware => {
  const log: NonNullable<HttpMiddleware['after']> = (request) => {
    const state = request.context.cadre;
    const status = isApiResult(request.response) ? request.response.statusCode : undefined;
    const errorCode =
      request.error === null || request.error === undefined ? undefined : isAppError(request.error) ? request.error.code : 'internal-error';
    logger.info('request', {
      routeKey: request.event.routeKey,
      status,
      durationMs: state?.startedAt === undefined ? undefined : Math.round(performance.now() - state.startedAt),
      errorCode,
      correlationId: state?.correlationId,
    });
  };
  return {
    before: (request) => {
      const state = request.context.cadre;
      if (state !== undefined) state.startedAt = performance.now();
    },
    after: log,
    onError: log,
  };
};
