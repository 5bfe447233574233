import type { Identity } from '../../platform/auth/identity.ts';
import type { Page, PageRequest } from '../../platform/paging/page.ts';
import type { PoolMember } from '../expert-pool-schema.ts';
import type { ReviewDependencies } from './review-dependencies.ts';

/** A season's expert pool by expert id, with each one's capacity, load and progress, for staff of its programme. */
export const listPool = async (
  deps: Pick<ReviewDependencies, 'pool' | 'staffedSeasons'>,
  identity: Identity,
  seasonId: string,
  page: PageRequest,
): Promise<Page<PoolMember>> => {
  await deps.staffedSeasons.staffedSeason(identity, seasonId);
  return deps.pool.list(seasonId, page);
};
