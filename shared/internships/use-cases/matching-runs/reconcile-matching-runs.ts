import type { MatchingRunDependencies } from './matching-run-dependencies.ts';
import { restartInterruptedMatchingRun, type MatchingRestartOutcome } from './restart-interrupted-run.ts';

export type MatchingReconcileOutcome = MatchingRestartOutcome | 'lock-released' | 'error';

/**
 * Interrupted matching runs go on by themselves, as interrupted gates and review assignment runs
 * do: every run holding its stage's lock should have its current execution working. One whose
 * execution ended without ending it is restarted from its checkpoint once its last task cannot
 * still be writing; one that ended while its lock stayed held has the lock released. The
 * calendar's tick calls this every minute when some run holds a lock.
 */
export const reconcileMatchingRuns = async (
  deps: Pick<MatchingRunDependencies, 'runs' | 'workflows' | 'clock'>,
  running: readonly { readonly seasonId: string; readonly runId: string }[],
  at: Date,
): Promise<readonly { readonly seasonId: string; readonly runId: string; readonly outcome: MatchingReconcileOutcome }[]> => {
  const reconciled: { seasonId: string; runId: string; outcome: MatchingReconcileOutcome }[] = [];
  for (const { seasonId, runId } of running) {
    try {
      const run = await deps.runs.find(seasonId, runId);
      if (run === undefined) {
        reconciled.push({ seasonId, runId, outcome: 'moved-on' });
      } else if (run.status !== 'running') {
        await deps.runs.releaseLock(run);
        reconciled.push({ seasonId, runId, outcome: 'lock-released' });
      } else {
        const { outcome } = await restartInterruptedMatchingRun(deps, run, { subject: 'system', at: at.toISOString() });
        reconciled.push({ seasonId, runId, outcome });
      }
    } catch {
      // One run's fault must not hold back the others; it is recorded on the run where it can be.
      reconciled.push({ seasonId, runId, outcome: 'error' });
    }
  }
  return reconciled;
};
