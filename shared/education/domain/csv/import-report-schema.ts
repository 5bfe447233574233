import * as z from 'zod';
import { rowProblemSchema } from './row-problem.ts';

/** A CSV body is at most 100 KiB, and a row takes at least a line break. */
const MAX_CSV_ROWS = 100 * 1024;

/** The most problems a report lists, the first by row: enough to fix a file, and a bounded answer whatever is uploaded. */
export const MAX_REPORTED_PROBLEMS = 1000;

/** The answer to a CSV upload: what happened to its rows, and its problems with row and column. */
export const importReportSchema = z.strictObject({
  /** Data rows read (the header not counted). */
  rows: z.int().min(0).max(MAX_CSV_ROWS),
  /** Rows that changed someone's progress. */
  recorded: z.int().min(0).max(MAX_CSV_ROWS),
  /** Good rows whose course was already recorded (e.g. the same file uploaded again). */
  unchanged: z.int().min(0).max(MAX_CSV_ROWS),
  /** Rows refused: each has at least one problem below. */
  rejected: z.int().min(0).max(MAX_CSV_ROWS),
  problems: z
    .array(rowProblemSchema)
    .max(MAX_REPORTED_PROBLEMS)
    .describe('The first 1,000 problems, by row; `rejected` counts every refused row.'),
});
export type ImportReport = z.infer<typeof importReportSchema>;
