import type { HeldJobRun, JobRun, JobRunFailure, JobRunKind } from './job-run.ts';
import type { JobRunDependencies } from './job-runs.ts';
import { restartInterruptedJobRun, type JobRunRestartOutcome } from './restart-interrupted-job-run.ts';

export type JobRunReconcileOutcome =
  | JobRunRestartOutcome
  /** The run had ended but still held its lock (its last state died in between): released. */
  | 'lock-released'
  | 'error';

export interface ReconciledJobRun extends HeldJobRun {
  readonly outcome: JobRunReconcileOutcome;
}

/**
 * Interrupted runs go on by themselves: every run holding its lock (`running`, as the locks list
 * them) should have its current execution working. One whose execution ended without ending it
 * (stopped, timed out, or forgotten by a local cloud that stopped) is restarted from where it stood
 * once its last task cannot still be writing (restart-interrupted-job-run.ts); one that ended while
 * its lock stayed held has the lock released. The calendar's tick calls this every minute when some run holds a lock.
 */
export const reconcileJobRuns = async <Run extends JobRun<Failure>, Failure extends JobRunFailure>(
  kind: JobRunKind<Run, Failure>,
  deps: Pick<JobRunDependencies<Run, Failure>, 'runs' | 'workflows' | 'clock'>,
  running: readonly HeldJobRun[],
  at: Date,
): Promise<readonly ReconciledJobRun[]> => {
  const reconciled: ReconciledJobRun[] = [];
  for (const { seasonId, runId } of running) {
    try {
      const run = await deps.runs.find(seasonId, runId);
      if (run === undefined) {
        reconciled.push({ seasonId, runId, outcome: 'moved-on' });
      } else if (run.status !== 'running') {
        await deps.runs.releaseLock(run);
        reconciled.push({ seasonId, runId, outcome: 'lock-released' });
      } else {
        const { outcome } = await restartInterruptedJobRun(kind, deps, run, { subject: 'system', at: at.toISOString() });
        reconciled.push({ seasonId, runId, outcome });
      }
    } catch {
      // One run's fault (e.g. its new execution refused to start: recorded on the run) must not hold back the others.
      reconciled.push({ seasonId, runId, outcome: 'error' });
    }
  }
  return reconciled;
};
