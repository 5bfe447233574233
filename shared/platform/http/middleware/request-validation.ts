import * as z from 'zod';
import { validationFailed } from '../../errors/common-errors.ts';
import { checkPart, type FailedPart } from '../check-part.ts';
import { routeOf, stateOf, type HttpMiddleware } from '../request-state.ts';

/** Used when a route declares no params or query: then any sent is an unknown field. */
const NOTHING = z.strictObject({});

/**
 * Validates params, query, headers and body against the route's zod schemas and reports every
 * field at fault in one 400, so a client fixes its request in one round trip. The problems' wording
 * (field-problems.ts, with zod's Russian and English locales) loads at the first request that
 * fails, never for one that passes.
 * Header schemas see only the headers they name (lower case, as API Gateway delivers them):
 * requests carry many standard headers, and
 * rejecting those as "unknown" would make every header schema unusable.
 */
export const requestValidation = (): HttpMiddleware => ({
  before: async (request) => {
    const state = stateOf(request.context);
    const schemas = routeOf(state).request;
    const headers = request.event.headers ?? {};
    const failed: FailedPart[] = [];
    const check = <T>(result: ReturnType<typeof checkPart<T>>): T | undefined => {
      if (result.ok) return result.value;
      failed.push(result);
      return undefined;
    };
    const params = check(checkPart('params', schemas?.params ?? NOTHING, request.event.pathParameters ?? {}));
    const query = check(checkPart('query', schemas?.query ?? NOTHING, request.event.queryStringParameters ?? {}));
    if (schemas?.headers !== undefined) check(checkPart('headers', schemas.headers, namedHeaders(schemas.headers, headers)));
    const body = schemas?.body === undefined ? undefined : check(checkPart('body', schemas.body, state.body));
    if (failed.length > 0) {
      const { problemsOf } = await import('../field-problems.ts');
      throw validationFailed(problemsOf(failed));
    }
    state.input = { params, query, headers, body };
  },
});

const namedHeaders = (
  schema: z.ZodType,
  headers: Readonly<Record<string, string | undefined>>,
): Readonly<Record<string, string | undefined>> =>
  schema instanceof z.ZodObject ? Object.fromEntries(Object.keys(schema.shape).map((name) => [name, headers[name]])) : headers;
