import type { GateRun } from '../../gate-run-schema.ts';
import type { GateDependencies } from './gate-dependencies.ts';
import { startGateExecution } from './start-gate-execution.ts';

export type GateRunResume =
  | { readonly outcome: 'resumed'; readonly executionArn: string }
  | { readonly outcome: 'not-failed' }
  | { readonly outcome: 'busy'; readonly runningRunId: string };

/**
 * A failed run goes on from its checkpoints in a new execution: every shard continues after its
 * last page, and the moves of that page are finished first (their effects happen once), so
 * nothing is moved twice or skipped. Used by staff (the resume route) and by the platform (a
 * calendar job whose run could not start its execution).
 */
export const resumeGateRun = async (
  deps: Pick<GateDependencies, 'gateRuns' | 'workflows' | 'clock'>,
  run: GateRun,
): Promise<GateRunResume> => {
  if (run.status !== 'failed') return { outcome: 'not-failed' };
  const claim = await deps.gateRuns.resume(run, deps.clock().toISOString());
  if (claim.outcome === 'not-failed') return claim;
  if (claim.outcome === 'running') return { outcome: 'busy', runningRunId: claim.runId };
  const { executionArn } = await startGateExecution(deps, { ...run, status: 'running', executions: run.executions + 1 });
  return { outcome: 'resumed', executionArn };
};
