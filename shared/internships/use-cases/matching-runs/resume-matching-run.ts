import type { Identity } from '../../../platform/auth/identity.ts';
import { resumeJobRun } from '../../../platform/jobs/resume-job-run.ts';
import { staffedJobRun } from '../../../platform/jobs/staffed-job-run.ts';
import { toMatchingRunView, type MatchingRunView } from '../../matching-run-view.ts';
import { matchingNotResumable, matchingRunning } from '../../placement-errors.ts';
import type { MatchingRunDependencies } from './matching-run-dependencies.ts';
import { matchingRunKind } from './matching-run-kind.ts';

/**
 * Staff resume a run from its last checkpoint in a new execution: a failed run (a step failed after
 * its retries), or a running one whose execution ended without ending it, once its last task cannot
 * be working any more (resume-job-run.ts; the calendar's tick does the same on its own). The step it
 * stopped in runs again: a page of offers already made finds its placements stored and makes none twice.
 */
export const resumeMatchingRun = async (
  deps: MatchingRunDependencies,
  identity: Identity,
  seasonId: string,
  runId: string,
): Promise<MatchingRunView> => {
  const run = await staffedJobRun(deps, identity, seasonId, runId, 'internship matching run');
  const resumed = await resumeJobRun(matchingRunKind, deps, run, identity.subject);
  if (resumed.outcome === 'running') throw matchingRunning(seasonId, resumed.runId);
  if (resumed.outcome === 'not-resumable') throw matchingNotResumable(resumed.status);
  return toMatchingRunView(resumed.run);
};
