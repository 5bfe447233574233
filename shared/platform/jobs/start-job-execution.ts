import type { JobRun, JobRunFailure, JobRunKind } from './job-run.ts';
import type { JobRunDependencies } from './job-runs.ts';

/**
 * Starts the execution of a run just claimed (created, resumed or restarted). If the start itself
 * fails, the run ends as failed, releasing its lock, so staff can resume it rather than find the
 * work locked by a run nothing executes.
 */
export const startJobExecution = async <Run extends JobRun<Failure>, Failure extends JobRunFailure>(
  kind: JobRunKind<Run, Failure>,
  deps: Pick<JobRunDependencies<Run, Failure>, 'workflows' | 'runs' | 'clock'>,
  run: Run,
): Promise<void> => {
  try {
    await deps.workflows.start({
      workflow: kind.workflow,
      executionName: kind.executionName(run),
      input: { runId: run.id, seasonId: run.seasonId, execution: run.executions },
    });
  } catch (error) {
    const at = deps.clock().toISOString();
    const cause = error instanceof Error ? error.name : 'unknown';
    const failure = kind.failure(run, { at, error: 'StartExecutionFailed', cause }, 'not-started');
    await deps.runs.finish(run, run.executions, { status: 'failed', failure }, at);
    throw error;
  }
};
