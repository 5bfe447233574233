import type { Identity } from '../../platform/auth/identity.ts';
import { notFound } from '../../platform/errors/common-errors.ts';
import type { RecommendationLetter } from '../recommendation-letter-schema.ts';
import type { MentoringDependencies } from './mentoring-dependencies.ts';
import { ownPair } from './own-pair.ts';

/** The letter of one of the caller's pairs, as its mentor writes it: 404 until the summing up requests it. */
export const readMyLetter = async (
  deps: Pick<MentoringDependencies, 'pairs' | 'letters'>,
  identity: Identity,
  pairId: string,
): Promise<RecommendationLetter> => {
  const pair = await ownPair(deps, identity, pairId);
  const letter = await deps.letters.find(pair.applicationId);
  if (letter === undefined || letter.pairId !== pair.id) throw notFound('recommendation letter');
  return letter;
};
