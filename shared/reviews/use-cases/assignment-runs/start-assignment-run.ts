import type { Identity } from '../../../platform/auth/identity.ts';
import { notFound } from '../../../platform/errors/common-errors.ts';
import { startJobExecution } from '../../../platform/jobs/start-job-execution.ts';
import { MAX_ASSIGNMENT_PAGE } from '../../assignment-run-schema.ts';
import { idempotencyKeyReused, reviewAssignmentRunning } from '../../review-errors.ts';
import type { ReviewAssignmentRun, StartReviewAssignmentRunInput } from '../../review-assignment-run-schema.ts';
import { toReviewAssignmentRunView, type ReviewAssignmentRunView } from '../../review-assignment-run-view.ts';
import { refuseAfterDeadline } from '../review-subject-access.ts';
import type { AssignmentRunDependencies } from './assignment-run-dependencies.ts';
import { assignmentRunIdFor } from './assignment-run-id.ts';
import { assignmentRunKind } from './assignment-run-kind.ts';

/**
 * Staff of the season's programme start assigning a rubric's reviews over its whole stage: the run
 * is created with the lock of its stage and rubric (a second start while one runs is a 409 naming
 * it), then the reviewAssignment machine works through the stage page by page. The run's id comes
 * from the Idempotency-Key, so the same start sent again answers with the same run and starts
 * nothing more.
 */
export const startAssignmentRun = async (
  deps: AssignmentRunDependencies,
  identity: Identity,
  seasonId: string,
  input: StartReviewAssignmentRunInput,
  idempotencyKey: string,
): Promise<ReviewAssignmentRunView> => {
  const { programme, season } = await deps.staffedSeasons.staffedSeason(identity, seasonId);
  const rubric = programme.settings.reviewRubrics.find((candidate) => candidate.id === input.rubricId);
  if (rubric === undefined) throw notFound('rubric');
  // Past the rubric's deadline a run would only assign reviews nobody could submit.
  refuseAfterDeadline(season, rubric, deps.clock());
  const at = deps.clock().toISOString();
  const run: ReviewAssignmentRun = {
    id: assignmentRunIdFor(seasonId, idempotencyKey),
    seasonId,
    programmeId: programme.id,
    rubricId: rubric.id,
    stage: rubric.stage,
    status: 'running',
    startedBy: identity.subject,
    startedAt: at,
    updatedAt: at,
    executions: 1,
    pageSize: Math.min(deps.pageSize, MAX_ASSIGNMENT_PAGE),
    done: false,
    pages: 0,
    applications: 0,
    assigned: 0,
    short: 0,
    shortReasons: {},
    failures: [],
  };
  const claim = await deps.runs.start(run);
  if (claim.outcome === 'running') throw reviewAssignmentRunning(seasonId, claim.runId);
  if (claim.outcome === 'exists') {
    const existing = await deps.runs.find(seasonId, run.id);
    if (existing === undefined) throw new Error('A review assignment run refused as existing is not there');
    if (existing.rubricId !== run.rubricId) throw idempotencyKeyReused();
    // The first answer may have been lost before its StartExecution: the same execution again is that one, or starts it.
    if (existing.status === 'running') await startJobExecution(assignmentRunKind, deps, existing);
    return toReviewAssignmentRunView(existing);
  }
  await startJobExecution(assignmentRunKind, deps, run);
  return toReviewAssignmentRunView(run);
};
