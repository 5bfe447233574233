import type { Identity } from '../../platform/auth/identity.ts';
import type { Page, PageRequest } from '../../platform/paging/page.ts';
import { pairingStagesOf } from '../domain/pairing-stages.ts';
import type { MentoringPair, PairStatus } from '../mentoring-pair-schema.ts';
import type { MentoringDependencies } from './mentoring-dependencies.ts';

/** A season's pairs for staff of its programme, by status (a mentor's decline among them) and the time they were proposed. */
export const listSeasonPairs = async (
  deps: Pick<MentoringDependencies, 'pairs' | 'staffedSeasons'>,
  identity: Identity,
  seasonId: string,
  status: PairStatus | undefined,
  page: PageRequest,
): Promise<Page<MentoringPair>> => {
  const { programme } = await deps.staffedSeasons.staffedSeason(identity, seasonId);
  pairingStagesOf(programme);
  return deps.pairs.ofSeason(seasonId, status, page);
};
