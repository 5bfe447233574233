import * as z from 'zod';
import { localIdSchema, seasonIdSchema } from '../platform/identifiers/identifiers.ts';

const count = z.int().min(0).max(10_000_000);

/** Where a season's reviews stand, per rubric (so per stage), summed over the pool: what staff watch towards a deadline. */
export const reviewProgressSchema = z.strictObject({
  seasonId: seasonIdSchema,
  rubrics: z
    .array(
      z.strictObject({
        rubricId: localIdSchema,
        stage: localIdSchema,
        assigned: count.describe('Reviews assigned on the rubric, submitted ones included.'),
        submitted: count,
        experts: count.describe('Experts holding at least one review on the rubric.'),
      }),
    )
    .max(20),
  pool: z.strictObject({ experts: count, capacity: count, load: count }),
});
export type ReviewProgress = z.infer<typeof reviewProgressSchema>;
