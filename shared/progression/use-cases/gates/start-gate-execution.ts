import type { GateRun } from '../../gate-run-schema.ts';
import type { GateDependencies } from './gate-dependencies.ts';

/** Deterministic per run and attempt, so a start repeated after a lost answer is recognised (WorkflowStarter). */
export const gateExecutionName = (run: Pick<GateRun, 'id' | 'executions'>): string => `gate-${run.id}-${run.executions}`;

/**
 * Starts the cohortGate execution of a run just claimed (created or resumed). If the start itself
 * fails, the run is ended as failed, releasing its lock, so staff can resume it rather than find
 * the gate locked by a run nothing executes.
 */
export const startGateExecution = async (
  deps: Pick<GateDependencies, 'workflows' | 'gateRuns' | 'clock'>,
  run: GateRun,
): Promise<{ readonly executionArn: string }> => {
  try {
    const { executionArn } = await deps.workflows.start({
      workflow: 'cohortGate',
      executionName: gateExecutionName(run),
      input: { gateRunId: run.id, seasonId: run.seasonId, shards: run.shards.map((_, shard) => shard) },
    });
    return { executionArn };
  } catch (error) {
    await deps.gateRuns.recordFailure(run, {
      at: deps.clock().toISOString(),
      error: 'StartExecutionFailed',
      cause: error instanceof Error ? error.name : 'unknown',
    });
    await deps.gateRuns.finish(run, 'failed', deps.clock().toISOString());
    throw error;
  }
};
