import type { Identity } from '../../platform/auth/identity.ts';
import type { MentorPairView } from '../mentoring-pair-schema.ts';
import type { MentoringDependencies } from './mentoring-dependencies.ts';
import { mentorPairView } from './mentor-pair-view.ts';
import { ownPair, subjectOfPair } from './own-pair.ts';

/** One of the caller's pairs, as its mentor sees it: the mentee's name and project (their address once they accepted). */
export const readMyPair = async (
  deps: Pick<MentoringDependencies, 'pairs' | 'subjects'>,
  identity: Identity,
  pairId: string,
): Promise<MentorPairView> => {
  const pair = await ownPair(deps, identity, pairId);
  return mentorPairView(pair, await subjectOfPair(deps, pair));
};
