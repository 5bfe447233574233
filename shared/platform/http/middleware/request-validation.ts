import * as z from 'zod';
import type { FieldProblem } from '../../errors/app-error.ts';
import { validationFailed } from '../../errors/common-errors.ts';
import { validatePart } from '../field-problems.ts';
import { routeOf, stateOf, type HttpMiddleware } from '../request-state.ts';

/** Used when a route declares no params or query: then any sent is an unknown field. */
const NOTHING = z.strictObject({});

/**
 * Validates params, query, headers and body against the route's zod schemas and reports every
 * field at fault in one 400, so a client fixes its request in one round trip.
 * Header schemas see only the headers they name (lower case, as API Gateway delivers them):
 * requests carry many standard headers, and
 * rejecting those as "unknown" would make every header schema unusable.
 */
export const requestValidation = (): HttpMiddleware => ({
  before: (request) => {
    const state = stateOf(request.context);
    const schemas = routeOf(state).request;
    const headers = request.event.headers ?? {};
    const problems: FieldProblem[] = [];
    const check = <T>(result: ReturnType<typeof validatePart<T>>): T | undefined => {
      if (result.ok) return result.value;
      problems.push(...result.problems);
      return undefined;
    };
    const params = check(validatePart('params', schemas?.params ?? NOTHING, request.event.pathParameters ?? {}));
    const query = check(validatePart('query', schemas?.query ?? NOTHING, request.event.queryStringParameters ?? {}));
    if (schemas?.headers !== undefined) check(validatePart('headers', schemas.headers, namedHeaders(schemas.headers, headers)));
    const body = schemas?.body === undefined ? undefined : check(validatePart('body', schemas.body, state.body));
    if (problems.length > 0) throw validationFailed(problems);
    state.input = { params, query, headers, body };
  },
});

const namedHeaders = (
  schema: z.ZodType,
  headers: Readonly<Record<string, string | undefined>>,
): Readonly<Record<string, string | undefined>> =>
  schema instanceof z.ZodObject ? Object.fromEntries(Object.keys(schema.shape).map((name) => [name, headers[name]])) : headers;
