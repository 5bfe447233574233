import * as z from 'zod';

/** One problem of an uploaded CSV: the line it is on (the header is line 1), the column when one is at fault. */
export const rowProblemSchema = z.strictObject({
  row: z.int().min(1),
  column: z.string().max(64).optional(),
  code: z.string().max(64),
  message: z.strictObject({ ru: z.string().max(500), en: z.string().max(500) }),
});
export type RowProblem = z.infer<typeof rowProblemSchema>;
