import * as z from 'zod';
import { localIdSchema, seasonIdSchema } from '../platform/identifiers/identifiers.ts';
import { isoDateTime } from '../platform/time/iso-date-time.ts';
import {
  REVIEW_ASSIGNMENT_RUN_STATUSES,
  reviewAssignmentCountsShape,
  reviewAssignmentRunFailureSchema,
  reviewAssignmentRunIdSchema,
  staffSubjectSchema,
  type ReviewAssignmentRun,
} from './review-assignment-run-schema.ts';

/** The most failures a view lists, the most recent: a run that fails more often needs fixing, not reading. */
const MAX_FAILURES_SHOWN = 100;

/** A review assignment run as staff see it: its progress and failures, without its cursor. */
export const reviewAssignmentRunViewSchema = z.strictObject({
  id: reviewAssignmentRunIdSchema,
  seasonId: seasonIdSchema,
  rubricId: localIdSchema,
  stage: localIdSchema,
  status: z.enum(REVIEW_ASSIGNMENT_RUN_STATUSES),
  startedBy: staffSubjectSchema.describe('The staff member who started it (the reviews it makes name them).'),
  startedAt: isoDateTime(),
  resumedBy: staffSubjectSchema.optional().describe('The staff member who last resumed it.'),
  resumedAt: isoDateTime().optional(),
  updatedAt: isoDateTime(),
  finishedAt: isoDateTime().optional().describe('When it succeeded or failed; absent while it runs.'),
  executions: z.int().min(1).describe('1, plus one per resume.'),
  pageSize: z.int().min(1).describe('Applications per page.'),
  ...reviewAssignmentCountsShape,
  failures: z
    .array(reviewAssignmentRunFailureSchema)
    .max(MAX_FAILURES_SHOWN)
    .describe('What stopped it, oldest first (the most recent 100): a page that failed after its retries, an interrupted execution.'),
});
export type ReviewAssignmentRunView = z.infer<typeof reviewAssignmentRunViewSchema>;

export const toReviewAssignmentRunView = (run: ReviewAssignmentRun): ReviewAssignmentRunView => ({
  id: run.id,
  seasonId: run.seasonId,
  rubricId: run.rubricId,
  stage: run.stage,
  status: run.status,
  startedBy: run.startedBy,
  startedAt: run.startedAt,
  ...(run.resumedBy === undefined ? {} : { resumedBy: run.resumedBy }),
  ...(run.resumedAt === undefined ? {} : { resumedAt: run.resumedAt }),
  updatedAt: run.updatedAt,
  ...(run.finishedAt === undefined ? {} : { finishedAt: run.finishedAt }),
  executions: run.executions,
  pageSize: run.pageSize,
  pages: run.pages,
  applications: run.applications,
  assigned: run.assigned,
  short: run.short,
  shortReasons: run.shortReasons,
  failures: run.failures.slice(-MAX_FAILURES_SHOWN),
});
