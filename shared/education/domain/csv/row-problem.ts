import * as z from 'zod';

/** One problem of an uploaded CSV: the line it is on (the header is line 1), the column when one is at fault. */
export const rowProblemSchema = z.strictObject({
  row: z.int().min(1),
  column: z.string().optional(),
  code: z.string(),
  message: z.strictObject({ ru: z.string(), en: z.string() }),
});
export type RowProblem = z.infer<typeof rowProblemSchema>;
