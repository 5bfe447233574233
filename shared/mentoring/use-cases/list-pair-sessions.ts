import type { Identity } from '../../platform/auth/identity.ts';
import { notFound } from '../../platform/errors/common-errors.ts';
import type { MentoringSession } from '../mentoring-session-schema.ts';
import type { MentoringDependencies } from './mentoring-dependencies.ts';

/** The sessions of one of the caller's pairs, as its mentor, by date. */
export const listPairSessions = async (
  deps: Pick<MentoringDependencies, 'pairs'>,
  identity: Identity,
  pairId: string,
): Promise<readonly MentoringSession[]> => {
  const found = await deps.pairs.withSessions(pairId);
  if (found === undefined || found.pair.mentorId !== identity.subject) throw notFound('mentoring pair');
  return found.sessions;
};
