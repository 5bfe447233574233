import { isAppError } from '../../errors/app-error.ts';
import { describeUnexpectedError, logger } from '../../observability/logger.ts';
import { internalError } from '../internal-error.ts';
import { problemResponse } from '../problem.ts';
import type { HttpMiddleware } from '../request-state.ts';

/**
 * The single error -> HTTP mapper. An AppError is a refusal we meant: it becomes its problem.
 * Anything else is our fault: it is logged (class and stack frames only) and the caller gets a
 * bare 500 problem, never the internals.
 */
export const errorMapper = (): HttpMiddleware => ({
  onError: (request) => {
    const error = request.error;
    const appError = isAppError(error) ? error : internalError();
    if (!isAppError(error)) {
      logger.error('unexpected error', {
        routeKey: request.event.routeKey,
        correlationId: request.context.cadre?.correlationId,
        ...describeUnexpectedError(error),
      });
    }
    const problem = problemResponse(appError, {
      correlationId: request.context.cadre?.correlationId ?? request.event.requestContext.requestId,
      instance: request.event.rawPath,
    });
    request.response = { statusCode: problem.status, headers: { ...problem.headers }, body: problem.body };
  },
});
