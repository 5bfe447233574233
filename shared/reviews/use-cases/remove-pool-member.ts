import type { Identity } from '../../platform/auth/identity.ts';
import { notFound } from '../../platform/errors/common-errors.ts';
import { expertHasOpenReviews } from '../review-errors.ts';
import type { ReviewDependencies } from './review-dependencies.ts';

/** Staff take an expert out of a season's pool; their submitted reviews stay and keep counting. */
export const removePoolMember = async (
  deps: Pick<ReviewDependencies, 'pool' | 'staffedSeasons'>,
  identity: Identity,
  seasonId: string,
  expertId: string,
): Promise<void> => {
  await deps.staffedSeasons.staffedSeason(identity, seasonId);
  const outcome = await deps.pool.remove(seasonId, expertId);
  if (outcome === 'absent') throw notFound('pool member');
  if (outcome !== 'removed') throw expertHasOpenReviews(outcome.openReviews);
};
