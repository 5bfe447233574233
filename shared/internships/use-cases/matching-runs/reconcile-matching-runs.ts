import type { HeldJobRun } from '../../../platform/jobs/job-run.ts';
import { reconcileJobRuns, type ReconciledJobRun } from '../../../platform/jobs/reconcile-job-runs.ts';
import type { MatchingRunDependencies } from './matching-run-dependencies.ts';
import { matchingRunKind } from './matching-run-kind.ts';

/**
 * Interrupted matching runs go on by themselves, as interrupted gates and review assignment runs
 * do (reconcile-job-runs.ts): restarted from their checkpoint, or their lock released if they had
 * ended. The calendar's tick calls this every minute when some run holds a lock.
 */
export const reconcileMatchingRuns = (
  deps: Pick<MatchingRunDependencies, 'runs' | 'workflows' | 'clock'>,
  running: readonly HeldJobRun[],
  at: Date,
): Promise<readonly ReconciledJobRun[]> => reconcileJobRuns(matchingRunKind, deps, running, at);
