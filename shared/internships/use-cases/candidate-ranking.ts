import type { Identity } from '../../platform/auth/identity.ts';
import { versionConflict } from '../../platform/errors/common-errors.ts';
import type { CandidateRanking, CandidateRankingInput } from '../candidate-ranking-schema.ts';
import { notACandidate, offerStatusConflict } from '../internship-errors.ts';
import { hostedOfferWithRanking } from './host-access.ts';
import type { InternshipDependencies } from './internship-dependencies.ts';

/** The host's ranking of an offer's candidates; before the first save, nobody at version 0 (a matching run places nobody there). */
export const readCandidateRanking = async (
  deps: Pick<InternshipDependencies, 'store' | 'seasons' | 'staffedSeasons' | 'partnerOrganisation'>,
  identity: Identity,
  target: { readonly seasonId: string; readonly offerId: string },
): Promise<CandidateRanking> => {
  const { ranking } = await hostedOfferWithRanking(deps, identity, target);
  return (
    ranking ?? {
      seasonId: target.seasonId,
      offerId: target.offerId,
      ranking: [],
      acceptsUnranked: false,
      version: 0,
    }
  );
};

/**
 * The host's people (or staff) rank the offer's candidates, best first, replacing the ranking at
 * the version read, and say whether the offer takes candidates it did not rank. Everyone ranked
 * must be in the offer's pool now (422 `not-a-candidate` names the first who is not); someone who
 * later drops the offer from their choices simply is not placed there. A withdrawn offer ranks nobody.
 */
export const saveCandidateRanking = async (
  deps: Pick<InternshipDependencies, 'store' | 'seasons' | 'staffedSeasons' | 'partnerOrganisation' | 'clock'>,
  identity: Identity,
  target: { readonly seasonId: string; readonly offerId: string },
  input: CandidateRankingInput,
): Promise<CandidateRanking> => {
  const { offer, ranking: existing } = await hostedOfferWithRanking(deps, identity, target);
  if (offer.status === 'withdrawn') throw offerStatusConflict(offer.status);
  if ((existing?.version ?? 0) !== input.version) throw versionConflict(existing?.version ?? 0);
  if (input.ranking.length > 0) {
    const pool = await deps.store.candidateIds(target.seasonId, target.offerId);
    const outsider = input.ranking.findIndex((applicationId) => !pool.has(applicationId));
    if (outsider >= 0) throw notACandidate(outsider);
  }
  const ranking: CandidateRanking = {
    seasonId: target.seasonId,
    offerId: target.offerId,
    ranking: input.ranking,
    acceptsUnranked: input.acceptsUnranked,
    updatedBy: identity.subject,
    updatedAt: deps.clock().toISOString(),
    version: input.version + 1,
  };
  const outcome = await deps.store.saveRanking(ranking, input.version);
  if (!outcome.written) throw versionConflict(outcome.currentVersion);
  return outcome.record;
};
