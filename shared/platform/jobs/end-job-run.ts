import { MAX_WORKFLOW_CAUSE_LENGTH, MAX_WORKFLOW_ERROR_LENGTH } from '../workflow/workflow-failure-text.ts';
import type { JobRun, JobRunFailure, JobRunKind, JobRunPosition } from './job-run.ts';
import type { JobRunDependencies } from './job-runs.ts';

/** What a state machine's Catch hands its last task: the error's name and text. */
export interface CaughtWorkflowError {
  readonly Error: string;
  readonly Cause?: string;
}

/**
 * The state machine's last word on a run: `succeeded` once done, or `failed` with what failed (the
 * error's name and text, never a person's data), where staff see it before resuming. Either way the
 * run's lock is released. An execution a resume has replaced changes nothing.
 */
export const endJobRun = async <Run extends JobRun<Failure>, Failure extends JobRunFailure>(
  kind: JobRunKind<Run, Failure>,
  deps: Pick<JobRunDependencies<Run, Failure>, 'runs' | 'clock'>,
  position: JobRunPosition,
  outcome: { readonly status: 'succeeded' } | { readonly status: 'failed'; readonly error: CaughtWorkflowError },
): Promise<void> => {
  const run = await deps.runs.find(position.seasonId, position.runId);
  if (run === undefined) throw new Error(`The run of a running ${kind.label} is gone`);
  const at = deps.clock().toISOString();
  if (outcome.status === 'succeeded') {
    await deps.runs.finish(run, position.execution, { status: 'succeeded' }, at);
    return;
  }
  const failure = kind.failure(
    run,
    {
      at,
      // Stored as the run's schema keeps them: the name without spaces, the cause on one line.
      error: outcome.error.Error.replace(/[^\x21-\x7e]+/g, '-').slice(0, MAX_WORKFLOW_ERROR_LENGTH) || 'Unknown',
      ...(outcome.error.Cause === undefined
        ? {}
        : { cause: outcome.error.Cause.replace(/\p{Cc}+/gu, ' ').slice(0, MAX_WORKFLOW_CAUSE_LENGTH) }),
    },
    'failed',
  );
  await deps.runs.finish(run, position.execution, { status: 'failed', failure }, at);
};
