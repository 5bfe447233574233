import { MAX_WORKFLOW_CAUSE_LENGTH, MAX_WORKFLOW_ERROR_LENGTH } from '../../../platform/workflow/workflow-failure-text.ts';
import type { MatchingStepDependencies } from './matching-run-dependencies.ts';
import type { MatchingRunPosition } from './process-matching-step.ts';

/**
 * The internshipMatching machine's last word on a run: `succeeded` once done, or `failed` with what
 * failed (the error's name and text, never an applicant's data). Either way the stage's lock is
 * released. An execution a resume has replaced changes nothing.
 */
export const endMatchingRun = async (
  deps: Pick<MatchingStepDependencies, 'runs' | 'clock'>,
  position: MatchingRunPosition,
  outcome:
    | { readonly status: 'succeeded' }
    | { readonly status: 'failed'; readonly error: { readonly Error: string; readonly Cause?: string } },
): Promise<void> => {
  const run = await deps.runs.find(position.seasonId, position.runId);
  if (run === undefined) throw new Error('The run of a running internship matching is gone');
  const at = deps.clock().toISOString();
  if (outcome.status === 'succeeded') {
    await deps.runs.finish(run, position.execution, { status: 'succeeded' }, at);
    return;
  }
  const failure = {
    at,
    phase: run.phase,
    error: outcome.error.Error.replace(/[^\x21-\x7e]+/g, '-').slice(0, MAX_WORKFLOW_ERROR_LENGTH) || 'Unknown',
    ...(outcome.error.Cause === undefined
      ? {}
      : { cause: outcome.error.Cause.replace(/\p{Cc}+/gu, ' ').slice(0, MAX_WORKFLOW_CAUSE_LENGTH) }),
  };
  await deps.runs.finish(run, position.execution, { status: 'failed', failure }, at);
};
