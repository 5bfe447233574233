import type { JobRunKind } from '../../../platform/jobs/job-run.ts';
import type { ReviewAssignmentRun, ReviewAssignmentRunFailure } from '../../review-assignment-run-schema.ts';

/** Deterministic per run and execution, so a start repeated after a lost answer is recognised (WorkflowStarter). */
export const assignmentExecutionName = (run: Pick<ReviewAssignmentRun, 'id' | 'executions'>): string =>
  `review-assignment-${run.id}-${run.executions}`;

/**
 * Review assignment runs in the job runs' lifecycle (shared/platform/jobs): the reviewAssignment
 * machine carries them out page by page from the run's cursor; a page that failed after its
 * retries is recorded with its number.
 */
export const assignmentRunKind: JobRunKind<ReviewAssignmentRun, ReviewAssignmentRunFailure> = {
  workflow: 'reviewAssignment',
  label: 'review assignment',
  executionName: assignmentExecutionName,
  resumesFrom: 'its cursor',
  supersededError: 'AssignmentRunSuperseded',
  failure: (run, { at, ...failure }, kind) => (kind !== 'failed' || run.done ? { at, ...failure } : { at, page: run.pages, ...failure }),
};
