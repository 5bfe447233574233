import * as z from 'zod';
import { localIdSchema, programmeIdSchema, seasonIdSchema, uuidSchema } from '../platform/identifiers/identifiers.ts';
import { SHARDED_CURSOR_MAX_LENGTH } from '../platform/paging/cursor-schemas.ts';
import { JOB_RUN_STATUSES } from '../platform/jobs/job-run.ts';
import { jobRunActorSchema, jobRunFailureSchema, jobRunLifeShape } from '../platform/jobs/job-run-schema.ts';
import { MAX_ASSIGNMENT_PAGE, UNASSIGNED_REASONS } from './assignment-run-schema.ts';

/**
 * A review assignment run: the reviewAssignment state machine walking a rubric's stage page by
 * page and making the reviews each application still needs (plan-page-over-pool.ts, the planner
 * the page route uses). The record is the run's checkpoint and its progress report at once: every
 * page moves the cursor and adds its counts in one conditional write. Its status and life are every
 * job run's (shared/platform/jobs).
 */
export const reviewAssignmentRunIdSchema = uuidSchema;

export const reviewAssignmentRunFailureSchema = jobRunFailureSchema({
  /** The page (0-based) that failed, where a page failed. */
  page: z.int().min(0).optional(),
});
export type ReviewAssignmentRunFailure = z.infer<typeof reviewAssignmentRunFailureSchema>;

export const shortReasonsSchema = z.partialRecord(z.enum(UNASSIGNED_REASONS), z.int().min(0));

export const reviewAssignmentCountsShape = {
  pages: z.int().min(0).describe('Pages of the stage planned and assigned.'),
  applications: z.int().min(0).describe('Applications of the stage the run went through.'),
  assigned: z.int().min(0).describe('Reviews the run assigned.'),
  short: z.int().min(0).describe('Applications left with fewer reviews than the rubric wants; why in `shortReasons`.'),
  shortReasons: shortReasonsSchema.describe(
    'Reason -> applications left short for it: `no-qualified-expert`, `all-qualified-conflicted`, `capacity-exhausted`.',
  ),
};

export const reviewAssignmentRunSchema = z.strictObject({
  id: reviewAssignmentRunIdSchema,
  seasonId: seasonIdSchema,
  programmeId: programmeIdSchema,
  rubricId: localIdSchema,
  stage: localIdSchema,
  status: z.enum(JOB_RUN_STATUSES),
  // The staff member who started it: the reviews it makes name them as `assignedBy`.
  ...jobRunLifeShape({ startedBy: jobRunActorSchema, resumedBy: jobRunActorSchema.optional() }),
  pageSize: z.int().min(1).max(MAX_ASSIGNMENT_PAGE),
  /** Where the next page starts (the stage list's cursor); absent before the first page and after the last. */
  cursor: z.string().min(1).max(SHARDED_CURSOR_MAX_LENGTH).optional(),
  /** True once the last page is recorded. */
  done: z.boolean(),
  ...reviewAssignmentCountsShape,
  failures: z.array(reviewAssignmentRunFailureSchema),
});
export type ReviewAssignmentRun = z.infer<typeof reviewAssignmentRunSchema>;

/** What one page adds to its run's counters. */
export interface AssignmentPageCounts {
  readonly applications: number;
  readonly assigned: number;
  readonly short: number;
  readonly shortReasons: Readonly<Partial<Record<(typeof UNASSIGNED_REASONS)[number], number>>>;
}

/** Where a run's cursor goes after a page. */
export interface AssignmentRunCursor {
  readonly cursor?: string | undefined;
  readonly done: boolean;
}

export const startReviewAssignmentRunInputSchema = z.strictObject({
  rubricId: localIdSchema.describe('The rubric whose reviews the run makes; its stage is the one walked.'),
});
export type StartReviewAssignmentRunInput = z.infer<typeof startReviewAssignmentRunInputSchema>;
