import { MAX_WORKFLOW_CAUSE_LENGTH, MAX_WORKFLOW_ERROR_LENGTH } from '../../../platform/workflow/workflow-failure-text.ts';
import type { AssignmentRunPageDependencies } from './assignment-run-dependencies.ts';
import type { AssignmentRunPosition } from './process-assignment-run-page.ts';

/**
 * The reviewAssignment machine's last word on a run: `succeeded` after the last page, or `failed`
 * with what failed (the error's name and text, never an application's data), where staff see it
 * before resuming. Either way the stage's lock is released. An execution a resume has replaced
 * changes nothing.
 */
export const endAssignmentRun = async (
  deps: Pick<AssignmentRunPageDependencies, 'runs' | 'clock'>,
  position: AssignmentRunPosition,
  outcome:
    | { readonly status: 'succeeded' }
    | { readonly status: 'failed'; readonly error: { readonly Error: string; readonly Cause?: string } },
): Promise<void> => {
  const run = await deps.runs.find(position.seasonId, position.runId);
  if (run === undefined) throw new Error('The run of a running review assignment is gone');
  const at = deps.clock().toISOString();
  if (outcome.status === 'succeeded') {
    await deps.runs.finish(run, position.execution, { status: 'succeeded' }, at);
    return;
  }
  const failure = {
    at,
    ...(run.done ? {} : { page: run.pages }),
    // Stored as the run's schema keeps them: the name without spaces, the cause on one line.
    error: outcome.error.Error.replace(/[^\x21-\x7e]+/g, '-').slice(0, MAX_WORKFLOW_ERROR_LENGTH) || 'Unknown',
    ...(outcome.error.Cause === undefined
      ? {}
      : { cause: outcome.error.Cause.replace(/\p{Cc}+/gu, ' ').slice(0, MAX_WORKFLOW_CAUSE_LENGTH) }),
  };
  await deps.runs.finish(run, position.execution, { status: 'failed', failure }, at);
};
