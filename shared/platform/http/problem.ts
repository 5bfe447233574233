import * as z from 'zod';
import type { AppError } from '../errors/app-error.ts';

const PROBLEM_TYPE_BASE = 'https://cadre.dev/problems/';
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

const localisedTextSchema = z.strictObject({ ru: z.string(), en: z.string() });

/**
 * RFC 9457 problem details, extended with a machine `code`, the message in Russian and English and
 * every field at fault, so a client can both show the message and highlight the fields.
 */
export const problemSchema = z
  .strictObject({
    type: z.url(),
    title: z.string(),
    status: z.int().min(400).max(599),
    detail: z.string(),
    code: z.string(),
    message: localisedTextSchema,
    errors: z.array(z.strictObject({ field: z.string(), code: z.string(), message: localisedTextSchema })),
    correlationId: z.string(),
    instance: z.string(),
  })
  .meta({ description: 'RFC 9457 problem details with a machine code and a message in Russian and English.' });
export type Problem = z.infer<typeof problemSchema>;

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
