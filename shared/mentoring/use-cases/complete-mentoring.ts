import type { Identity } from '../../platform/auth/identity.ts';
import { versionConflict } from '../../platform/errors/common-errors.ts';
import { pairingStagesOf } from '../domain/pairing-stages.ts';
import type { MentorPairView } from '../mentoring-pair-schema.ts';
import { menteeMovedOn, noSessionLogged, pairNotReady } from '../mentoring-errors.ts';
import type { MentoringDependencies } from './mentoring-dependencies.ts';
import { mentorPairView } from './mentor-pair-view.ts';
import { ownPair, subjectOfPair } from './own-pair.ts';

/**
 * The mentor completes an active pair once at least one session is logged: the pair is completed
 * and the mentee moves from the session stage to the summing up as `mentor`. Completing again
 * while the application still waits in the session stage starts the move again.
 */
export const completeMentoring = async (
  deps: Pick<MentoringDependencies, 'pairs' | 'subjects' | 'moves' | 'clock'>,
  identity: Identity,
  pairId: string,
): Promise<MentorPairView> => {
  const pair = await ownPair(deps, identity, pairId);
  const subject = await subjectOfPair(deps, pair);
  const stages = pairingStagesOf(subject.programme);
  let completed = pair;
  if (pair.status === 'active') {
    if (pair.sessions < 1) throw noSessionLogged();
    if (subject.application.stage !== stages.session) throw menteeMovedOn(subject.application.stage);
    const now = deps.clock().toISOString();
    const updated = await deps.pairs.update(
      { ...pair, status: 'completed', completedAt: now, updatedAt: now, version: pair.version + 1 },
      pair.version,
    );
    if (!updated.written) throw versionConflict(updated.currentVersion);
    completed = updated.pair;
  } else if (pair.status !== 'completed') throw pairNotReady(pair.status, 'params.pairId');
  if (subject.application.stage === stages.session) {
    await deps.moves.move({ applicationId: pair.applicationId, to: stages.summingUp, actor: 'mentor', actorId: identity.subject });
  }
  return mentorPairView(completed, subject);
};
