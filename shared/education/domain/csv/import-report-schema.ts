import * as z from 'zod';
import { rowProblemSchema } from './row-problem.ts';

/** The answer to a CSV upload: what happened to its rows, and every problem with row and column. */
export const importReportSchema = z.strictObject({
  /** Data rows read (the header not counted). */
  rows: z.int(),
  /** Rows that changed someone's progress. */
  recorded: z.int(),
  /** Good rows whose course was already recorded (e.g. the same file uploaded again). */
  unchanged: z.int(),
  /** Rows refused: each has at least one problem below. */
  rejected: z.int(),
  problems: z.array(rowProblemSchema),
});
export type ImportReport = z.infer<typeof importReportSchema>;
