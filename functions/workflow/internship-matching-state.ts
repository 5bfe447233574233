import * as z from 'zod';
import { matchingRunIdSchema } from '../../shared/internships/matching-run-schema.ts';
import { seasonIdSchema } from '../../shared/platform/identifiers/identifiers.ts';

/** The internshipMatching execution's input, which every state carries on (`step` and `error` are added to it). */
export const internshipMatchingStateSchema = z.object({
  runId: matchingRunIdSchema,
  seasonId: seasonIdSchema,
  execution: z.int().min(1),
});

/** The Catch's `ResultPath: $.error` puts the failed state's error here. */
export const failedInternshipMatchingSchema = internshipMatchingStateSchema.extend({
  error: z.object({ Error: z.string(), Cause: z.string().optional() }),
});
