import type { AssignmentRunDependencies } from './assignment-run-dependencies.ts';
import { restartInterruptedRun, type RestartOutcome } from './restart-interrupted-run.ts';

export type AssignmentReconcileOutcome =
  | RestartOutcome
  /** The run had ended but still held its stage's lock (its last state died in between): released. */
  | 'lock-released'
  | 'error';

export interface ReconciledAssignmentRun {
  readonly seasonId: string;
  readonly runId: string;
  readonly outcome: AssignmentReconcileOutcome;
}

/**
 * Interrupted review assignment runs go on by themselves, as interrupted gates do: every run
 * holding its stage's lock (`running`, as the locks list them) should have its current execution
 * working. One whose execution ended
 * without ending it (stopped, timed out, or forgotten by a local cloud that stopped) is restarted
 * from its cursor once its last task cannot still be writing (restart-interrupted-run.ts); one that
 * ended while its lock stayed held has the lock released. The calendar tick calls this every minute.
 */
export const reconcileAssignmentRuns = async (
  deps: Pick<AssignmentRunDependencies, 'runs' | 'workflows' | 'clock'>,
  running: readonly { readonly seasonId: string; readonly runId: string }[],
  at: Date,
): Promise<readonly ReconciledAssignmentRun[]> => {
  const reconciled: ReconciledAssignmentRun[] = [];
  for (const { seasonId, runId } of running) {
    try {
      const run = await deps.runs.find(seasonId, runId);
      if (run === undefined) {
        reconciled.push({ seasonId, runId, outcome: 'moved-on' });
      } else if (run.status !== 'running') {
        await deps.runs.releaseLock(run);
        reconciled.push({ seasonId, runId, outcome: 'lock-released' });
      } else {
        const { outcome } = await restartInterruptedRun(deps, run, { subject: 'system', at: at.toISOString() });
        reconciled.push({ seasonId, runId, outcome });
      }
    } catch {
      // One run's fault (e.g. its new execution refused to start: recorded on the run) must not hold back the others.
      reconciled.push({ seasonId, runId, outcome: 'error' });
    }
  }
  return reconciled;
};
