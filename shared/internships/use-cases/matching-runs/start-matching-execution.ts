import { matchingExecutionName } from '../../domain/matching/matching-run-id.ts';
import type { MatchingRun } from '../../matching-run-schema.ts';
import type { MatchingRunDependencies } from './matching-run-dependencies.ts';

/**
 * Starts the internshipMatching execution of a run just claimed (created, resumed or restarted).
 * If the start itself fails, the run ends as failed, releasing its lock, so staff can resume it
 * rather than find the stage locked by a run nothing executes.
 */
export const startMatchingExecution = async (
  deps: Pick<MatchingRunDependencies, 'workflows' | 'runs' | 'clock'>,
  run: MatchingRun,
): Promise<void> => {
  try {
    await deps.workflows.start({
      workflow: 'internshipMatching',
      executionName: matchingExecutionName(run),
      input: { runId: run.id, seasonId: run.seasonId, execution: run.executions },
    });
  } catch (error) {
    const at = deps.clock().toISOString();
    const cause = error instanceof Error ? error.name : 'unknown';
    await deps.runs.finish(run, run.executions, { status: 'failed', failure: { at, error: 'StartExecutionFailed', cause } }, at);
    throw error;
  }
};
