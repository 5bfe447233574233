import type { Identity } from '../../platform/auth/identity.ts';
import type { PageRequest } from '../../platform/paging/page.ts';
import { mentoringOf } from '../domain/pairing-stages.ts';
import type { MentorPoolMember, PoolTiers } from '../mentor-pool-schema.ts';
import type { MentoringDependencies } from './mentoring-dependencies.ts';

/** A season's mentor pool by mentor id, each with tier, capacity and load, and how full each tier is, for staff of its programme. */
export const listMentorPool = async (
  deps: Pick<MentoringDependencies, 'pool' | 'staffedSeasons'>,
  identity: Identity,
  seasonId: string,
  page: PageRequest,
): Promise<{ readonly tiers: PoolTiers; readonly items: readonly MentorPoolMember[]; readonly nextCursor?: string | undefined }> => {
  const { programme } = await deps.staffedSeasons.staffedSeason(identity, seasonId);
  const sizes = mentoringOf(programme).pool;
  const [placed, listed] = await Promise.all([deps.pool.tiers(seasonId), deps.pool.list(seasonId, page)]);
  return {
    tiers: { main: { size: sizes.main, placed: placed.main }, reserve: { size: sizes.reserve, placed: placed.reserve } },
    ...listed,
  };
};
