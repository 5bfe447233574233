import type { Identity } from '../../platform/auth/identity.ts';
import { notFound } from '../../platform/errors/common-errors.ts';
import type { AssignmentPage, AssignmentPageInput } from '../assignment-run-schema.ts';
import { planPageOverPool } from './plan-page-over-pool.ts';
import type { ReviewDependencies } from './review-dependencies.ts';
import { refuseAfterDeadline } from './review-subject-access.ts';

/**
 * Staff of the season's programme plan (and, unless a dry run, make) one page of a rubric's stage
 * over the pool. Past the rubric's deadline there is nothing to plan: a review assigned then could
 * never be submitted.
 */
export const planAssignmentPage = async (
  deps: Pick<ReviewDependencies, 'staffedSeasons' | 'pool' | 'profiles' | 'reviews' | 'subjects' | 'clock'>,
  identity: Identity,
  seasonId: string,
  input: AssignmentPageInput,
): Promise<AssignmentPage> => {
  const { programme, season } = await deps.staffedSeasons.staffedSeason(identity, seasonId);
  const rubric = programme.settings.reviewRubrics.find((candidate) => candidate.id === input.rubricId);
  if (rubric === undefined) throw notFound('rubric');
  refuseAfterDeadline(season, rubric, deps.clock());
  return planPageOverPool(deps, { programme, seasonId, assignedBy: identity.subject }, input);
};
