import * as z from 'zod';
import { seasonIdSchema } from '../../shared/platform/identifiers/identifiers.ts';
import { reviewAssignmentRunIdSchema } from '../../shared/reviews/review-assignment-run-schema.ts';

/** The reviewAssignment execution's input, which every state carries on (`page` and `error` are added to it). */
export const reviewAssignmentStateSchema = z.object({
  runId: reviewAssignmentRunIdSchema,
  seasonId: seasonIdSchema,
  execution: z.int().min(1),
});

/** The Catch's `ResultPath: $.error` puts the failed state's error here. */
export const failedReviewAssignmentSchema = reviewAssignmentStateSchema.extend({
  error: z.object({ Error: z.string(), Cause: z.string().optional() }),
});
