import type { Identity } from '../../../platform/auth/identity.ts';
import { notFound } from '../../../platform/errors/common-errors.ts';
import type { ExecutionState } from '../../../platform/workflow/workflow-starter.ts';
import { reviewAssignmentNotResumable, reviewAssignmentRunning } from '../../review-errors.ts';
import type { ReviewAssignmentRun } from '../../review-assignment-run-schema.ts';
import { toReviewAssignmentRunView, type ReviewAssignmentRunView } from '../../review-assignment-run-view.ts';
import type { AssignmentRunDependencies } from './assignment-run-dependencies.ts';
import { assignmentExecutionName, startAssignmentExecution } from './start-assignment-execution.ts';

const STILL_EXECUTING: readonly ExecutionState[] = ['RUNNING', 'PENDING_REDRIVE'];

/**
 * How long after a run's last recorded page the task of a stopped execution may still be working:
 * stopping an execution does not stop its Lambda, which could still write a page's assignments
 * beside the new execution's. The workflow Lambda times out at 30 s and a page's retries wait
 * about 7 s at most; a minute covers both.
 */
export const INTERRUPTED_RUN_QUIET_MS = 60_000;

/**
 * Staff resume a run from its last recorded cursor in a new execution: a failed run (a page failed
 * after its retries), or a running one whose execution ended without ending it (stopped, timed
 * out, or forgotten by a local cloud that stopped) once its last task cannot be working any more
 * (INTERRUPTED_RUN_QUIET_MS). The page the run stopped in is planned again;
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

  const executionName = assignmentExecutionName(run);
  const execution = await deps.workflows.describe({ workflow: 'reviewAssignment', executionName });
  const quiet = Date.parse(run.updatedAt) + INTERRUPTED_RUN_QUIET_MS <= Date.parse(at);
  if (STILL_EXECUTING.includes(execution) || !quiet) throw reviewAssignmentNotResumable(run.status);
  const failure = {
    at,
    error: 'Interrupted',
    cause: `Execution ${executionName} ${execution === 'NOT_FOUND' ? 'was not found' : `ended ${execution}`} without ending the run; resumed from its cursor.`,
  };
  if ((await deps.runs.restart(run, failure, identity.subject)) === 'moved-on') throw reviewAssignmentNotResumable(run.status);
  const restarted: ReviewAssignmentRun = {
    ...run,
    ...resumedBy,
    executions: run.executions + 1,
    failures: [...run.failures, failure],
  };
  await startAssignmentExecution(deps, restarted);
  return toReviewAssignmentRunView(restarted);
};
