import type { Identity } from '../../platform/auth/identity.ts';
import { sessionWindow, withinSessionWindow } from '../domain/session-window.ts';
import { MAX_SESSIONS_PER_PAIR } from '../mentoring-pair-schema.ts';
import type { MentoringSession, SessionInput } from '../mentoring-session-schema.ts';
import { pairNotReady, sessionDateOutOfRange, tooManySessions } from '../mentoring-errors.ts';
import type { MentoringDependencies } from './mentoring-dependencies.ts';
import { ownPair } from './own-pair.ts';

/**
 * The mentor logs a session of an active pair (the mentee accepted): the day (from the agreement
 * to tomorrow), online or in person, how long, and notes only the pair and the programme's staff
 * read. The pair counts its sessions and minutes in the same write, so two logged at once both count.
 */
export const logSession = async (
  deps: Pick<MentoringDependencies, 'pairs' | 'clock' | 'newId'>,
  identity: Identity,
  pairId: string,
  input: SessionInput,
): Promise<MentoringSession> => {
  const pair = await ownPair(deps, identity, pairId);
  if (pair.status !== 'active') throw pairNotReady(pair.status, 'params.pairId');
  const now = deps.clock();
  const window = sessionWindow(pair.agreedAt ?? pair.proposedAt, now);
  if (!withinSessionWindow(input.date, window)) throw sessionDateOutOfRange(window.earliest, window.latest);
  const session: MentoringSession = { ...input, id: deps.newId(), pairId, loggedBy: identity.subject, loggedAt: now.toISOString() };
  const outcome = await deps.pairs.logSession(pair, session);
  if (outcome.written) return outcome.session;
  if (outcome.reason === 'too-many') throw tooManySessions(MAX_SESSIONS_PER_PAIR);
  throw pairNotReady(outcome.status, 'params.pairId');
};
