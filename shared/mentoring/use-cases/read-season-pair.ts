import type { Identity } from '../../platform/auth/identity.ts';
import { notFound } from '../../platform/errors/common-errors.ts';
import type { MentoringPair } from '../mentoring-pair-schema.ts';
import type { MentoringSession } from '../mentoring-session-schema.ts';
import type { RecommendationLetter } from '../recommendation-letter-schema.ts';
import type { MentoringDependencies } from './mentoring-dependencies.ts';

/** One pair of the season as its programme's staff see it: with every session (notes included) and where the letter stands. */
export const readSeasonPair = async (
  deps: Pick<MentoringDependencies, 'pairs' | 'letters' | 'staffedSeasons'>,
  identity: Identity,
  seasonId: string,
  pairId: string,
): Promise<{
  readonly pair: MentoringPair;
  readonly sessions: readonly MentoringSession[];
  readonly letter?: Pick<RecommendationLetter, 'status' | 'requestedAt' | 'finalisedAt'>;
}> => {
  await deps.staffedSeasons.staffedSeason(identity, seasonId);
  const found = await deps.pairs.withSessions(pairId);
  if (found === undefined || found.pair.seasonId !== seasonId) throw notFound('mentoring pair');
  const letter = await deps.letters.find(found.pair.applicationId);
  return {
    ...found,
    ...(letter === undefined || letter.pairId !== pairId
      ? {}
      : {
          letter: {
            status: letter.status,
            requestedAt: letter.requestedAt,
            ...(letter.finalisedAt === undefined ? {} : { finalisedAt: letter.finalisedAt }),
          },
        }),
  };
};
