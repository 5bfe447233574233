import * as z from 'zod';
import { localIdSchema, seasonIdSchema } from '../platform/identifiers/identifiers.ts';
import { JOB_RUN_STATUSES } from '../platform/jobs/job-run.ts';
import { jobRunActorSchema, jobRunLifeShape } from '../platform/jobs/job-run-schema.ts';
import { recentFailuresViewSchema, recentJobRunFailures, toJobRunLifeView } from '../platform/jobs/job-run-view.ts';
import {
  reviewAssignmentCountsShape,
  reviewAssignmentRunFailureSchema,
  reviewAssignmentRunIdSchema,
  type ReviewAssignmentRun,
} from './review-assignment-run-schema.ts';

/** A review assignment run as staff see it: its progress and failures, without its cursor. */
export const reviewAssignmentRunViewSchema = z.strictObject({
  id: reviewAssignmentRunIdSchema,
  seasonId: seasonIdSchema,
  rubricId: localIdSchema,
  stage: localIdSchema,
  status: z.enum(JOB_RUN_STATUSES),
  ...jobRunLifeShape({
    startedBy: jobRunActorSchema.describe('The staff member who started it (the reviews it makes name them).'),
    resumedBy: jobRunActorSchema.optional().describe('The staff member who last resumed it.'),
  }),
  pageSize: z.int().min(1).describe('Applications per page.'),
  ...reviewAssignmentCountsShape,
  failures: recentFailuresViewSchema(
    reviewAssignmentRunFailureSchema,
    'What stopped it, oldest first (the most recent 100): a page that failed after its retries, an interrupted execution.',
  ),
});
export type ReviewAssignmentRunView = z.infer<typeof reviewAssignmentRunViewSchema>;

export const toReviewAssignmentRunView = (run: ReviewAssignmentRun): ReviewAssignmentRunView => ({
  id: run.id,
  seasonId: run.seasonId,
  rubricId: run.rubricId,
  stage: run.stage,
  status: run.status,
  ...toJobRunLifeView(run),
  pageSize: run.pageSize,
  pages: run.pages,
  applications: run.applications,
  assigned: run.assigned,
  short: run.short,
  shortReasons: run.shortReasons,
  failures: recentJobRunFailures(run.failures),
});
