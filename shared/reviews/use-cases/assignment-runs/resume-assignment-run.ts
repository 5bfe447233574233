import type { Identity } from '../../../platform/auth/identity.ts';
import { notFound } from '../../../platform/errors/common-errors.ts';
import { reviewAssignmentNotResumable, reviewAssignmentRunning } from '../../review-errors.ts';
import type { ReviewAssignmentRun } from '../../review-assignment-run-schema.ts';
import { toReviewAssignmentRunView, type ReviewAssignmentRunView } from '../../review-assignment-run-view.ts';
import type { AssignmentRunDependencies } from './assignment-run-dependencies.ts';
import { restartInterruptedRun } from './restart-interrupted-run.ts';
import { startAssignmentExecution } from './start-assignment-execution.ts';

/**
 * Staff resume a run from its last recorded cursor in a new execution: a failed run (a page failed
 * after its retries), or a running one whose execution ended without ending it (stopped, timed
 * out, or forgotten by a local cloud that stopped) once its last task cannot be working any more
 * (restart-interrupted-run.ts; the calendar's tick does the same on its own). The page the run stopped in is planned again;
 * the planner counts the reviews each application already holds, so nothing is assigned twice.
 */
export const resumeAssignmentRun = async (
  deps: AssignmentRunDependencies,
  identity: Identity,
  seasonId: string,
  runId: string,
): Promise<ReviewAssignmentRunView> => {
  await deps.staffedSeasons.staffedSeason(identity, seasonId);
  const run = await deps.runs.find(seasonId, runId);
  if (run === undefined) throw notFound('review assignment run');
  if (run.status === 'succeeded') throw reviewAssignmentNotResumable(run.status);
  const at = deps.clock().toISOString();
  const resumedBy = { resumedBy: identity.subject, resumedAt: at, updatedAt: at };

  if (run.status === 'failed') {
    const claim = await deps.runs.resume(run, identity.subject, at);
    if (claim.outcome === 'running') throw reviewAssignmentRunning(seasonId, claim.runId);
    if (claim.outcome !== 'claimed') throw reviewAssignmentNotResumable('running');
    const { finishedAt: _finishedAt, ...unfinished } = run;
    const resumed: ReviewAssignmentRun = { ...unfinished, ...resumedBy, status: 'running', executions: run.executions + 1 };
    await startAssignmentExecution(deps, resumed);
    return toReviewAssignmentRunView(resumed);
  }

  const restarted = await restartInterruptedRun(deps, run, { subject: identity.subject, at });
  if (restarted.outcome !== 'restarted') throw reviewAssignmentNotResumable(run.status);
  return toReviewAssignmentRunView(restarted.run);
};
