import * as z from 'zod';

/** How long a problem's parts may be: problem.ts cuts anything longer (a field path or a message can quote what the client sent). */
export const PROBLEM_LIMITS = { text: 2000, field: 1000, code: 100, instance: 2048, errors: 100 } as const;

const text = z.string().max(PROBLEM_LIMITS.text);
const localisedTextSchema = z.strictObject({ ru: text, en: text });

/**
 * The schema of problem.ts's body, for the OpenAPI document and the tests that read problems. A
 * Lambda never builds it: problem.ts writes the body from its type alone.
 *
 * RFC 9457 problem details, extended with a machine `code`, the message in Russian and English and
 * every field at fault, so a client can both show the message and highlight the fields.
 */
export const problemSchema = z
  .strictObject({
    type: z.url().max(200),
    title: text,
    status: z.int().min(400).max(599),
    detail: text,
    code: z.string().max(PROBLEM_LIMITS.code),
    message: localisedTextSchema,
    errors: z
      .array(
        z.strictObject({
          field: z.string().max(PROBLEM_LIMITS.field),
          code: z.string().max(PROBLEM_LIMITS.code),
          message: localisedTextSchema,
        }),
      )
      .max(PROBLEM_LIMITS.errors)
      .describe('Every field at fault (the first 100).'),
    correlationId: z.string().max(128),
    instance: z.string().max(PROBLEM_LIMITS.instance),
  })
  .meta({ description: 'RFC 9457 problem details with a machine code and a message in Russian and English.' });
export type Problem = z.infer<typeof problemSchema>;
