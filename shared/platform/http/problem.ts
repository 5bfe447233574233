import type { AppError } from '../errors/app-error.ts';
import type { Problem } from './problem-schema.ts';

const PROBLEM_TYPE_BASE = 'https://cadre.dev/problems/';
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export interface ProblemContext {
  readonly correlationId: string;
  /** The request path the problem occurred on. */
  readonly instance: string;
}

export const toProblem = (error: AppError, { correlationId, instance }: ProblemContext): Problem => ({
  type: `${PROBLEM_TYPE_BASE}${error.code}`,
  title: error.localised.en,
  status: error.status,
  detail: error.localised.en,
  code: error.code,
  message: { ru: error.localised.ru, en: error.localised.en },
  errors: error.fields.map((field) => ({ field: field.field, code: field.code, message: { ru: field.message.ru, en: field.message.en } })),
  correlationId,
  instance,
});

/** The headers and body of a problem response, shared by the Lambda error mapper and the local gateway. */
export const problemResponse = (
  error: AppError,
  context: ProblemContext,
): { readonly status: number; readonly headers: Readonly<Record<string, string>>; readonly body: string } => ({
  status: error.status,
  headers: { ...error.headers, 'content-type': PROBLEM_CONTENT_TYPE },
  body: JSON.stringify(toProblem(error, context)),
});
