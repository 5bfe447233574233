import type { JobRun, JobRunFailure, JobRunKind, JobRunStatus } from './job-run.ts';
import type { JobRunDependencies } from './job-runs.ts';
import { restartInterruptedJobRun } from './restart-interrupted-job-run.ts';
import { startJobExecution } from './start-job-execution.ts';

/** How a resume went: `resumed` (the run as it goes on), `running` (another run holds the lock), `not-resumable` (the run's status refuses it). */
export type JobRunResume<Run> =
  | { readonly outcome: 'resumed'; readonly run: Run }
  | { readonly outcome: 'running'; readonly runId: string }
  | { readonly outcome: 'not-resumable'; readonly status: JobRunStatus };

/**
 * Staff resume a run from where it stood in a new execution: a failed run (a step failed after its
 * retries), or a running one whose execution ended without ending it, once its last task cannot be
 * working any more (restart-interrupted-job-run.ts; the calendar's tick does the same on its own).
 * The step the run stopped in runs again; each kind's steps repeat harmlessly.
 */
export const resumeJobRun = async <Run extends JobRun<Failure>, Failure extends JobRunFailure>(
  kind: JobRunKind<Run, Failure>,
  deps: Pick<JobRunDependencies<Run, Failure>, 'runs' | 'workflows' | 'clock'>,
  run: Run,
  subject: string,
): Promise<JobRunResume<Run>> => {
  if (run.status === 'succeeded') return { outcome: 'not-resumable', status: run.status };
  const at = deps.clock().toISOString();

  if (run.status === 'failed') {
    const claim = await deps.runs.resume(run, subject, at);
    if (claim.outcome === 'running') return claim;
    if (claim.outcome !== 'claimed') return { outcome: 'not-resumable', status: 'running' };
    const resumed: Run = {
      ...run,
      resumedBy: subject,
      resumedAt: at,
      updatedAt: at,
      status: 'running',
      // Running again: no end yet (the stored run loses its finishedAt in the same write).
      finishedAt: undefined,
      executions: run.executions + 1,
    };
    await startJobExecution(kind, deps, resumed);
    return { outcome: 'resumed', run: resumed };
  }

  const restarted = await restartInterruptedJobRun(kind, deps, run, { subject, at });
  if (restarted.outcome !== 'restarted') return { outcome: 'not-resumable', status: run.status };
  return { outcome: 'resumed', run: restarted.run };
};
