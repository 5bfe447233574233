import type { Identity } from '../../../platform/auth/identity.ts';
import { staffedJobRun } from '../../../platform/jobs/staffed-job-run.ts';
import { toReviewAssignmentRunView, type ReviewAssignmentRunView } from '../../review-assignment-run-view.ts';
import type { AssignmentRunDependencies } from './assignment-run-dependencies.ts';

/** A run's progress for staff of the season's programme: one GetItem of the run. */
export const readAssignmentRun = async (
  deps: Pick<AssignmentRunDependencies, 'staffedSeasons' | 'runs'>,
  identity: Identity,
  seasonId: string,
  runId: string,
): Promise<ReviewAssignmentRunView> => {
  return toReviewAssignmentRunView(await staffedJobRun(deps, identity, seasonId, runId, 'review assignment run'));
};
