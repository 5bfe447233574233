import { stageOf } from '../../catalogue/domain/pipeline/pipeline-stages.ts';
import type { Identity } from '../../platform/auth/identity.ts';
import { versionConflict } from '../../platform/errors/common-errors.ts';
import { pairingStagesOf } from '../domain/pairing-stages.ts';
import type { InvitationResponseInput, MenteePairView, MentoringPair } from '../mentoring-pair-schema.ts';
import { notInvited, pairNotReady } from '../mentoring-errors.ts';
import type { MentoringDependencies } from './mentoring-dependencies.ts';
import { ownMentoring } from './own-mentoring.ts';
import { menteePairView } from './read-application-mentoring.ts';

/**
 * The mentee answers the invitation their mentor's agreement sent. Accepting makes the pair
 * active and moves the application from the invitation to the session stage as `applicant`
 * (repeated while it still waits there, the move starts again). Declining is the mentee's
 * withdrawal from the programme (the pipeline's own withdrawal, refused where it no longer allows
 * one), after which the pair is freed and the mentor's place given back.
 */
export const respondToInvitation = async (
  deps: Pick<MentoringDependencies, 'subjects' | 'pairs' | 'profiles' | 'moves' | 'clock'>,
  identity: Identity,
  applicationId: string,
  input: InvitationResponseInput,
): Promise<MenteePairView> => {
  const { subject, pair } = await ownMentoring(deps, identity, applicationId);
  if (pair === undefined || pair.status === 'proposed') throw notInvited();
  const stages = pairingStagesOf(subject.programme);
  const now = deps.clock().toISOString();
  const next = (changes: Partial<MentoringPair>): MentoringPair => ({ ...pair, ...changes, updatedAt: now, version: pair.version + 1 });
  const mentor = await deps.profiles.find(pair.mentorId);

  if (input.decision === 'decline') {
    if (pair.status !== 'agreed') throw pairNotReady(pair.status, 'body.decision');
    // A mentee who already withdrew (through the withdraw route) only frees the pair.
    if (stageOf(subject.programme.settings.pipeline, subject.application.stage)?.kind !== 'withdrawn') {
      await deps.moves.withdraw(identity, applicationId);
    }
    const released = await deps.pairs.release(next({ status: 'declined-by-mentee', declinedAt: now }), pair.version);
    if (!released.written) throw versionConflict(released.currentVersion);
    return menteePairView(released.pair, mentor);
  }

  let accepted = pair;
  if (pair.status === 'agreed') {
    if (subject.application.stage !== stages.invitation) throw notInvited();
    const updated = await deps.pairs.update(next({ status: 'active', acceptedAt: now }), pair.version);
    if (!updated.written) throw versionConflict(updated.currentVersion);
    accepted = updated.pair;
  } else if (pair.status !== 'active') throw pairNotReady(pair.status, 'body.decision');
  if (subject.application.stage === stages.invitation) {
    await deps.moves.move({ applicationId, to: stages.session, actor: 'applicant', actorId: identity.subject });
  }
  return menteePairView(accepted, mentor);
};
