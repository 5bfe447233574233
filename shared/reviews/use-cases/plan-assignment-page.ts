import type { Identity } from '../../platform/auth/identity.ts';
import type { AssignmentPage, AssignmentPageInput } from '../assignment-run-schema.ts';
import { planPageOverPool } from './plan-page-over-pool.ts';
import type { ReviewDependencies } from './review-dependencies.ts';

/** Staff of the season's programme plan (and, unless a dry run, make) one page of a rubric's stage over the pool. */
export const planAssignmentPage = async (
  deps: Pick<ReviewDependencies, 'staffedSeasons' | 'pool' | 'profiles' | 'reviews' | 'subjects' | 'clock'>,
  identity: Identity,
  seasonId: string,
  input: AssignmentPageInput,
): Promise<AssignmentPage> => {
  const { programme } = await deps.staffedSeasons.staffedSeason(identity, seasonId);
  return planPageOverPool(deps, { programme, seasonId, assignedBy: identity.subject }, input);
};
