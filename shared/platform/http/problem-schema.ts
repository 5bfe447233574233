import * as z from 'zod';

const localisedTextSchema = z.strictObject({ ru: z.string(), en: z.string() });

/**
 * The schema of problem.ts's body, for the OpenAPI document and the tests that read problems. A
 * Lambda never builds it: problem.ts writes the body from its type alone.
 *
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
