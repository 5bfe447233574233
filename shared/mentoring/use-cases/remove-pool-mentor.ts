import type { Identity } from '../../platform/auth/identity.ts';
import { notFound } from '../../platform/errors/common-errors.ts';
import { mentorHasPairs } from '../mentoring-errors.ts';
import type { MentoringDependencies } from './mentoring-dependencies.ts';

/** Staff take a mentor out of a season's pool, which frees their place in the tier; not while they hold pairs. */
export const removePoolMentor = async (
  deps: Pick<MentoringDependencies, 'pool' | 'staffedSeasons'>,
  identity: Identity,
  seasonId: string,
  mentorId: string,
): Promise<void> => {
  await deps.staffedSeasons.staffedSeason(identity, seasonId);
  const outcome = await deps.pool.remove(seasonId, mentorId);
  if (outcome === 'absent') throw notFound('pool mentor');
  if (outcome !== 'removed') throw mentorHasPairs(outcome.pairs);
};
