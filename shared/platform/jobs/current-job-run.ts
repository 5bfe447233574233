import type { JobRun, JobRunFailure, JobRunKind, JobRunPosition } from './job-run.ts';
import type { JobRuns } from './job-runs.ts';

/** An execution a resume has replaced (or one of a run that ended) must not take a step beside the current one. */
export class JobRunSuperseded extends Error {
  constructor(kind: { readonly label: string; readonly supersededError: string }, runId: string, execution: number) {
    super(`Execution ${execution} of ${kind.label} run ${runId} is no longer the run's current execution`);
    this.name = kind.supersededError;
  }
}

/** The run a step of an execution works on, read afresh; only while that execution is the run's current one. */
export const currentJobRun = async <Run extends JobRun<Failure>, Failure extends JobRunFailure>(
  kind: JobRunKind<Run, Failure>,
  runs: Pick<JobRuns<Run, Failure>, 'find'>,
  position: JobRunPosition,
): Promise<Run> => {
  const run = await runs.find(position.seasonId, position.runId);
  if (run === undefined) throw new Error(`The run of a running ${kind.label} is gone`);
  if (run.status !== 'running' || run.executions !== position.execution) throw new JobRunSuperseded(kind, run.id, position.execution);
  return run;
};
