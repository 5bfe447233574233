import type { ExecutionState } from '../../../platform/workflow/workflow-starter.ts';
import type { ReviewAssignmentRun } from '../../review-assignment-run-schema.ts';
import type { AssignmentRunDependencies } from './assignment-run-dependencies.ts';
import { assignmentExecutionName, startAssignmentExecution } from './start-assignment-execution.ts';

const STILL_EXECUTING: readonly ExecutionState[] = ['RUNNING', 'PENDING_REDRIVE'];

/**
 * How long after a run's last recorded page the task of a stopped execution may still be working:
 * stopping an execution does not stop its Lambda, which could still write a page's assignments
 * beside the new execution's. The workflow Lambda times out at 30 s and a page's retries wait
 * about 7 s at most; a minute covers both.
 */
export const INTERRUPTED_RUN_QUIET_MS = 60_000;

export type RestartOutcome =
  /** Its execution is still working on it, or its last task may still be: nothing to do yet. */
  | 'executing'
  /** Restarted from its cursor in a new execution. */
  | 'restarted'
  /** The run changed while being looked at (it ended, or someone else restarted it). */
  | 'moved-on';

/**
 * A running run whose execution ended without ending it (stopped, timed out, or forgotten by a
 * local cloud that stopped) goes on from its cursor in a new execution, once its last task cannot
 * be working any more: the failure is recorded and the execution counted in ONE write conditional
 * on the run still running at its execution, so of a staff resume and the calendar's reconciler
 * only one restarts it. The page it stopped in is planned again from the reviews each application
 * holds, so nothing is assigned twice.
 */
export const restartInterruptedRun = async (
  deps: Pick<AssignmentRunDependencies, 'runs' | 'workflows' | 'clock'>,
  run: ReviewAssignmentRun,
  by: { readonly subject: string; readonly at: string },
): Promise<{ readonly outcome: RestartOutcome; readonly run: ReviewAssignmentRun }> => {
  const executionName = assignmentExecutionName(run);
  const execution = await deps.workflows.describe({ workflow: 'reviewAssignment', executionName });
  const quiet = Date.parse(run.updatedAt) + INTERRUPTED_RUN_QUIET_MS <= Date.parse(by.at);
  if (STILL_EXECUTING.includes(execution) || !quiet) return { outcome: 'executing', run };
  const failure = {
    at: by.at,
    error: 'Interrupted',
    cause: `Execution ${executionName} ${execution === 'NOT_FOUND' ? 'was not found' : `ended ${execution}`} without ending the run; resumed from its cursor.`,
  };
  if ((await deps.runs.restart(run, failure, by.subject)) === 'moved-on') return { outcome: 'moved-on', run };
  const restarted: ReviewAssignmentRun = {
    ...run,
    resumedBy: by.subject,
    resumedAt: by.at,
    updatedAt: by.at,
    executions: run.executions + 1,
    failures: [...run.failures, failure],
  };
  await startAssignmentExecution(deps, restarted);
  return { outcome: 'restarted', run: restarted };
};
