import type { AppError } from '../errors/app-error.ts';
import { PROBLEM_LIMITS, type Problem } from './problem-schema.ts';

const PROBLEM_TYPE_BASE = 'https://cadre.dev/problems/';
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export interface ProblemContext {
  readonly correlationId: string;
  /** The request path the problem occurred on. */
  readonly instance: string;
}

/** `value` cut to `max` characters, an ellipsis marking the cut, never half of a surrogate pair. */
const cut = (value: string, max: number): string =>
  value.length <= max ? value : `${value.slice(0, max - 1).replace(/[\ud800-\udbff]$/, '')}…`;

/**
 * The body of a problem response. Its parts are bounded (problem-schema.ts): a message or a field
 * path can quote what the client sent, and a body listing every fault of a huge request must not
 * outgrow the response itself.
 */
export const toProblem = (error: AppError, { correlationId, instance }: ProblemContext): Problem => {
  const text = (value: string): string => cut(value, PROBLEM_LIMITS.text);
  return {
    type: `${PROBLEM_TYPE_BASE}${error.code}`,
    title: text(error.localised.en),
    status: error.status,
    detail: text(error.localised.en),
    code: error.code,
    message: { ru: text(error.localised.ru), en: text(error.localised.en) },
    errors: error.fields.slice(0, PROBLEM_LIMITS.errors).map((field) => ({
      field: cut(field.field, PROBLEM_LIMITS.field),
      code: cut(field.code, PROBLEM_LIMITS.code),
      message: { ru: text(field.message.ru), en: text(field.message.en) },
    })),
    correlationId,
    instance: cut(instance, PROBLEM_LIMITS.instance),
  };
};

/** The headers and body of a problem response, shared by the Lambda error mapper and the local gateway. */
export const problemResponse = (
  error: AppError,
  context: ProblemContext,
): { readonly status: number; readonly headers: Readonly<Record<string, string>>; readonly body: string } => ({
  status: error.status,
  headers: { ...error.headers, 'content-type': PROBLEM_CONTENT_TYPE },
  body: JSON.stringify(toProblem(error, context)),
});
