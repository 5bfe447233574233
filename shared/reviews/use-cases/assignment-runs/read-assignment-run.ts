import type { Identity } from '../../../platform/auth/identity.ts';
import { notFound } from '../../../platform/errors/common-errors.ts';
import { toReviewAssignmentRunView, type ReviewAssignmentRunView } from '../../review-assignment-run-view.ts';
import type { AssignmentRunDependencies } from './assignment-run-dependencies.ts';

/** A run's progress for staff of the season's programme: one GetItem of the run. */
export const readAssignmentRun = async (
  deps: Pick<AssignmentRunDependencies, 'staffedSeasons' | 'runs'>,
  identity: Identity,
  seasonId: string,
  runId: string,
): Promise<ReviewAssignmentRunView> => {
  await deps.staffedSeasons.staffedSeason(identity, seasonId);
  const run = await deps.runs.find(seasonId, runId);
  if (run === undefined) throw notFound('review assignment run');
  return toReviewAssignmentRunView(run);
};
