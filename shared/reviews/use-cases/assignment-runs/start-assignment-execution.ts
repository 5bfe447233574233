import type { ReviewAssignmentRun } from '../../review-assignment-run-schema.ts';
import type { AssignmentRunDependencies } from './assignment-run-dependencies.ts';

/** Deterministic per run and execution, so a start repeated after a lost answer is recognised (WorkflowStarter). */
export const assignmentExecutionName = (run: Pick<ReviewAssignmentRun, 'id' | 'executions'>): string =>
  `review-assignment-${run.id}-${run.executions}`;

/**
 * Starts the reviewAssignment execution of a run just claimed (created, resumed or restarted). If
 * the start itself fails, the run ends as failed, releasing its lock, so staff can resume it
 * rather than find the stage locked by a run nothing executes.
 */
export const startAssignmentExecution = async (
  deps: Pick<AssignmentRunDependencies, 'workflows' | 'runs' | 'clock'>,
  run: ReviewAssignmentRun,
): Promise<void> => {
  try {
    await deps.workflows.start({
      workflow: 'reviewAssignment',
      executionName: assignmentExecutionName(run),
      input: { runId: run.id, seasonId: run.seasonId, execution: run.executions },
    });
  } catch (error) {
    const at = deps.clock().toISOString();
    const cause = error instanceof Error ? error.name : 'unknown';
    await deps.runs.finish(run, run.executions, { status: 'failed', failure: { at, error: 'StartExecutionFailed', cause } }, at);
    throw error;
  }
};
