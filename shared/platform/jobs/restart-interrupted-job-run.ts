import type { ExecutionState } from '../workflow/workflow-starter.ts';
import type { JobRun, JobRunFailure, JobRunKind } from './job-run.ts';
import type { JobRunDependencies } from './job-runs.ts';
import { startJobExecution } from './start-job-execution.ts';

const STILL_EXECUTING: readonly ExecutionState[] = ['RUNNING', 'PENDING_REDRIVE'];

/**
 * How long after a run's last recorded step the task of a stopped execution may still be working:
 * stopping an execution does not stop its Lambda, which could still write a step's work beside the
 * new execution's. The workflow Lambda times out at 30 s and a step's retries wait about 7 s at
 * most; a minute covers both.
 */
export const INTERRUPTED_JOB_RUN_QUIET_MS = 60_000;

export type JobRunRestartOutcome =
  /** Its execution is still working on it, or its last task may still be: nothing to do yet. */
  | 'executing'
  /** Restarted from where it stood in a new execution. */
  | 'restarted'
  /** The run changed while being looked at (it ended, or someone else restarted it). */
  | 'moved-on';

/**
 * A running run whose execution ended without ending it (stopped, timed out, or forgotten by a
 * local cloud that stopped) goes on from where it stood in a new execution, once its last task
 * cannot be working any more: the failure is recorded and the execution counted in ONE write
 * conditional on the run still running at its execution, so of a staff resume and the calendar's
 * reconciler only one restarts it. The step it stopped in runs again; each kind's steps repeat harmlessly.
 */
export const restartInterruptedJobRun = async <Run extends JobRun<Failure>, Failure extends JobRunFailure>(
  kind: JobRunKind<Run, Failure>,
  deps: Pick<JobRunDependencies<Run, Failure>, 'runs' | 'workflows' | 'clock'>,
  run: Run,
  by: { readonly subject: string; readonly at: string },
): Promise<{ readonly outcome: JobRunRestartOutcome; readonly run: Run }> => {
  const executionName = kind.executionName(run);
  const execution = await deps.workflows.describe({ workflow: kind.workflow, executionName });
  const quiet = Date.parse(run.updatedAt) + INTERRUPTED_JOB_RUN_QUIET_MS <= Date.parse(by.at);
  if (STILL_EXECUTING.includes(execution) || !quiet) return { outcome: 'executing', run };
  const failure = kind.failure(
    run,
    {
      at: by.at,
      error: 'Interrupted',
      cause: `Execution ${executionName} ${execution === 'NOT_FOUND' ? 'was not found' : `ended ${execution}`} without ending the run; resumed from ${kind.resumesFrom}.`,
    },
    'interrupted',
  );
  if ((await deps.runs.restart(run, failure, by.subject)) === 'moved-on') return { outcome: 'moved-on', run };
  const restarted: Run = {
    ...run,
    resumedBy: by.subject,
    resumedAt: by.at,
    updatedAt: by.at,
    executions: run.executions + 1,
    failures: [...run.failures, failure],
  };
  await startJobExecution(kind, deps, restarted);
  return { outcome: 'restarted', run: restarted };
};
