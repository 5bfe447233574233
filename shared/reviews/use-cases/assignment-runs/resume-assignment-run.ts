import type { Identity } from '../../../platform/auth/identity.ts';
import { resumeJobRun } from '../../../platform/jobs/resume-job-run.ts';
import { staffedJobRun } from '../../../platform/jobs/staffed-job-run.ts';
import { reviewAssignmentNotResumable, reviewAssignmentRunning } from '../../review-errors.ts';
import { toReviewAssignmentRunView, type ReviewAssignmentRunView } from '../../review-assignment-run-view.ts';
import type { AssignmentRunDependencies } from './assignment-run-dependencies.ts';
import { assignmentRunKind } from './assignment-run-kind.ts';

/**
 * Staff resume a run from its last recorded cursor in a new execution: a failed run (a page failed
 * after its retries), or a running one whose execution ended without ending it (stopped, timed
 * out, or forgotten by a local cloud that stopped) once its last task cannot be working any more
 * (resume-job-run.ts; the calendar's tick does the same on its own). The page the run stopped in is planned again;
 * the planner counts the reviews each application already holds, so nothing is assigned twice.
 */
export const resumeAssignmentRun = async (
  deps: AssignmentRunDependencies,
  identity: Identity,
  seasonId: string,
  runId: string,
): Promise<ReviewAssignmentRunView> => {
  const run = await staffedJobRun(deps, identity, seasonId, runId, 'review assignment run');
  const resumed = await resumeJobRun(assignmentRunKind, deps, run, identity.subject);
  if (resumed.outcome === 'running') throw reviewAssignmentRunning(seasonId, resumed.runId);
  if (resumed.outcome === 'not-resumable') throw reviewAssignmentNotResumable(resumed.status);
  return toReviewAssignmentRunView(resumed.run);
};
