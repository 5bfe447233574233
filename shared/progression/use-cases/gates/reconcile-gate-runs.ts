import type { ExecutionState } from '../../../platform/workflow/workflow-starter.ts';
import type { GateDependencies } from './gate-dependencies.ts';
import { gateExecutionName, startGateExecution } from './start-gate-execution.ts';

export type ReconcileOutcome =
  /** Its execution is working on it: nothing to do. */
  | 'executing'
  /** Its execution had ended without ending the run: restarted from its checkpoints. */
  | 'resumed'
  /** The run had ended but still held its gate's lock (its last state died in between): released. */
  | 'lock-released'
  /** The run changed while being looked at (it ended, or another reconciler restarted it). */
  | 'moved-on'
  | 'error';

export interface ReconciledRun {
  readonly seasonId: string;
  readonly runId: string;
  readonly outcome: ReconcileOutcome;
  readonly execution?: ExecutionState | undefined;
}

const STILL_EXECUTING: readonly ExecutionState[] = ['RUNNING', 'PENDING_REDRIVE'];

/**
 * Interrupted gates resume (a gate whose execution stopped, or a local cloud stopped mid-gate): every run
 * holding its gate's lock should have its current execution (`gate-<runId>-<executions>`) running.
 * - ABORTED, FAILED or TIMED_OUT without the run having ended (its Catch never ran): the run gets
 *   an `Interrupted` failure and one execution more in ONE write conditional on it still running
 *   at that execution (a run that just ended, or another reconciler first, is left alone), and the
 *   new execution continues from the checkpoints: owed moves first, so nothing is moved twice or
 *   skipped.
 * - No such execution (the local cloud forgets executions when it stops; in AWS only in the moment
 *   between a run's creation and its StartExecution): the execution of that very name is started.
 *   StartExecution of a name that runs with the same input is the same execution, so if its own
 *   starter was about to start it, both get that one execution and no time-based guess is needed.
 * The calendar tick calls this every minute.
 */
export const reconcileGateRuns = async (
  deps: Pick<GateDependencies, 'gateRuns' | 'workflows' | 'clock'>,
  at: Date,
): Promise<readonly ReconciledRun[]> => {
  const reconciled: ReconciledRun[] = [];
  for (const { seasonId, runId } of await deps.gateRuns.listRunning()) {
    try {
      reconciled.push({ seasonId, runId, ...(await reconcileOne(deps, seasonId, runId, at)) });
    } catch {
      // One run's fault (e.g. its new execution refused to start: recorded on the run) must not hold back the others.
      reconciled.push({ seasonId, runId, outcome: 'error' });
    }
  }
  return reconciled;
};

const reconcileOne = async (
  deps: Pick<GateDependencies, 'gateRuns' | 'workflows' | 'clock'>,
  seasonId: string,
  runId: string,
  at: Date,
): Promise<{ readonly outcome: ReconcileOutcome; readonly execution?: ExecutionState }> => {
  const run = await deps.gateRuns.find(seasonId, runId);
  if (run === undefined) return { outcome: 'moved-on' };
  if (run.status !== 'running') {
    await deps.gateRuns.finish(run, run.status, at.toISOString());
    return { outcome: 'lock-released' };
  }
  const executionName = gateExecutionName(run);
  const execution = await deps.workflows.describe({ workflow: 'cohortGate', executionName });
  if (STILL_EXECUTING.includes(execution)) return { outcome: 'executing', execution };

  const iso = at.toISOString();
  if (execution === 'NOT_FOUND') {
    await deps.gateRuns.recordFailure(run, {
      at: iso,
      error: 'Interrupted',
      cause: `Execution ${executionName} was not found; started it again from the checkpoints.`,
    });
    await startGateExecution(deps, run);
    return { outcome: 'resumed', execution };
  }
  const failure = {
    at: iso,
    error: 'Interrupted',
    cause: `Execution ${executionName} ended ${execution} without ending the run; resumed from the checkpoints.`,
  };
  if ((await deps.gateRuns.restart(run, failure, iso)) === 'moved-on') return { outcome: 'moved-on', execution };
  await startGateExecution(deps, { ...run, executions: run.executions + 1 });
  return { outcome: 'resumed', execution };
};
