import { matchingExecutionName } from '../../domain/matching/matching-run-id.ts';
import type { ExecutionState } from '../../../platform/workflow/workflow-starter.ts';
import type { MatchingRun } from '../../matching-run-schema.ts';
import type { MatchingRunDependencies } from './matching-run-dependencies.ts';
import { startMatchingExecution } from './start-matching-execution.ts';

const STILL_EXECUTING: readonly ExecutionState[] = ['RUNNING', 'PENDING_REDRIVE'];

/**
 * How long after a run's last recorded step the task of a stopped execution may still be working:
 * stopping an execution does not stop its Lambda. The workflow Lambda times out at 30 s and a
 * step's retries wait about 7 s at most; a minute covers both.
 */
export const INTERRUPTED_MATCHING_QUIET_MS = 60_000;

export type MatchingRestartOutcome = 'executing' | 'restarted' | 'moved-on';

/**
 * A running run whose execution ended without ending it (stopped, timed out, or forgotten by a
 * local cloud that stopped) goes on from its checkpoint in a new execution once its last task
 * cannot be working any more: the failure is recorded and the execution counted in ONE write
 * conditional on the run still running at its execution, so of a staff resume and the calendar's
 * reconciler only one restarts it. The step it stopped in runs again; every step repeats harmlessly.
 */
export const restartInterruptedMatchingRun = async (
  deps: Pick<MatchingRunDependencies, 'runs' | 'workflows' | 'clock'>,
  run: MatchingRun,
  by: { readonly subject: string; readonly at: string },
): Promise<{ readonly outcome: MatchingRestartOutcome; readonly run: MatchingRun }> => {
  const executionName = matchingExecutionName(run);
  const execution = await deps.workflows.describe({ workflow: 'internshipMatching', executionName });
  const quiet = Date.parse(run.updatedAt) + INTERRUPTED_MATCHING_QUIET_MS <= Date.parse(by.at);
  if (STILL_EXECUTING.includes(execution) || !quiet) return { outcome: 'executing', run };
  const failure = {
    at: by.at,
    phase: run.phase,
    error: 'Interrupted',
    cause: `Execution ${executionName} ${execution === 'NOT_FOUND' ? 'was not found' : `ended ${execution}`} without ending the run; resumed from its checkpoint.`,
  };
  if ((await deps.runs.restart(run, failure, by.subject)) === 'moved-on') return { outcome: 'moved-on', run };
  const restarted: MatchingRun = {
    ...run,
    resumedBy: by.subject,
    resumedAt: by.at,
    updatedAt: by.at,
    executions: run.executions + 1,
    failures: [...run.failures, failure],
  };
  await startMatchingExecution(deps, restarted);
  return { outcome: 'restarted', run: restarted };
};
