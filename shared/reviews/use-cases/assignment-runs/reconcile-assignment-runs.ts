import type { HeldJobRun } from '../../../platform/jobs/job-run.ts';
import { reconcileJobRuns, type ReconciledJobRun } from '../../../platform/jobs/reconcile-job-runs.ts';
import type { AssignmentRunDependencies } from './assignment-run-dependencies.ts';
import { assignmentRunKind } from './assignment-run-kind.ts';

/**
 * Interrupted review assignment runs go on by themselves, as interrupted gates do
 * (reconcile-job-runs.ts): restarted from their cursor, where the page they stopped in is planned
 * again from the reviews each application holds, or their lock released if they had ended. The
 * calendar tick calls this every minute.
 */
export const reconcileAssignmentRuns = (
  deps: Pick<AssignmentRunDependencies, 'runs' | 'workflows' | 'clock'>,
  running: readonly HeldJobRun[],
  at: Date,
): Promise<readonly ReconciledJobRun[]> => reconcileJobRuns(assignmentRunKind, deps, running, at);
