import { currentJobRun } from '../../../platform/jobs/current-job-run.ts';
import type { JobRunPosition } from '../../../platform/jobs/job-run.ts';
import { TransientError } from '../../../platform/workflow/transient-error.ts';
import type { MatchingRunPhase } from '../../matching-run-schema.ts';
import { collectMatchingPage } from './collect-matching-page.ts';
import { matchCollectedInputs } from './match-collected-inputs.ts';
import type { MatchingStepDependencies } from './matching-run-dependencies.ts';
import { matchingRunKind } from './matching-run-kind.ts';
import { offerMatchingPage } from './offer-matching-page.ts';

/**
 * The internshipMatching machine's Step task: ONE step of the run from its checkpoint, whatever its
 * phase: a page of the stage's applicants or offers read into the run's chunks, the match (the
 * engine over every chunk, its result written as chunks), or a page of assignments offered as
 * placements; each ends with ONE conditional write of the run. Returns the phase it left the run
 * in; the machine loops until `done`. A step repeated (the state's Retry, a resume) starts from
 * the checkpoint again, and each kind of step repeats harmlessly (see each).
 */
export const processMatchingStep = async (
  deps: MatchingStepDependencies,
  position: JobRunPosition,
): Promise<{ readonly phase: MatchingRunPhase }> => {
  // An execution a resume has replaced (or one of a run that ended) takes no step beside the current one.
  const run = await currentJobRun(matchingRunKind, deps.runs, position);
  if (run.phase === 'done') return { phase: 'done' };
  const step =
    run.phase === 'collect-applicants' || run.phase === 'collect-offers'
      ? await collectMatchingPage(deps, run, position.execution)
      : run.phase === 'match'
        ? await matchCollectedInputs(deps, run, position.execution)
        : await offerMatchingPage(deps, run, position.execution);
  if (step.written === 'moved-on') throw new TransientError(`Internship matching run ${run.id} moved on during its ${run.phase} step`);
  return { phase: step.phase };
};
