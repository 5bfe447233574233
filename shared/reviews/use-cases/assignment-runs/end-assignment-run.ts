import { endJobRun, type CaughtWorkflowError } from '../../../platform/jobs/end-job-run.ts';
import type { JobRunPosition } from '../../../platform/jobs/job-run.ts';
import type { AssignmentRunPageDependencies } from './assignment-run-dependencies.ts';
import { assignmentRunKind } from './assignment-run-kind.ts';

/**
 * The reviewAssignment machine's last word on a run: `succeeded` after the last page, or `failed`
 * with what failed and the page it failed on (end-job-run.ts). Either way the stage's lock is released.
 */
export const endAssignmentRun = (
  deps: Pick<AssignmentRunPageDependencies, 'runs' | 'clock'>,
  position: JobRunPosition,
  outcome: { readonly status: 'succeeded' } | { readonly status: 'failed'; readonly error: CaughtWorkflowError },
): Promise<void> => endJobRun(assignmentRunKind, deps, position, outcome);
