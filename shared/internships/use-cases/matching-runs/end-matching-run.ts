import { endJobRun, type CaughtWorkflowError } from '../../../platform/jobs/end-job-run.ts';
import type { JobRunPosition } from '../../../platform/jobs/job-run.ts';
import type { MatchingStepDependencies } from './matching-run-dependencies.ts';
import { matchingRunKind } from './matching-run-kind.ts';

/**
 * The internshipMatching machine's last word on a run: `succeeded` once done, or `failed` with what
 * failed and the phase it failed in (end-job-run.ts). Either way the stage's lock is released.
 */
export const endMatchingRun = (
  deps: Pick<MatchingStepDependencies, 'runs' | 'clock'>,
  position: JobRunPosition,
  outcome: { readonly status: 'succeeded' } | { readonly status: 'failed'; readonly error: CaughtWorkflowError },
): Promise<void> => endJobRun(matchingRunKind, deps, position, outcome);
