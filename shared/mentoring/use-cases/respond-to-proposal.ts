import { isTerminalKind } from '../../catalogue/domain/config/pipeline-schema.ts';
import { stageOf } from '../../catalogue/domain/pipeline/pipeline-stages.ts';
import type { Identity } from '../../platform/auth/identity.ts';
import { versionConflict } from '../../platform/errors/common-errors.ts';
import { pairingStagesOf } from '../domain/pairing-stages.ts';
import type { MentoringPair, MentorPairView, ProposalResponseInput } from '../mentoring-pair-schema.ts';
import { menteeMovedOn, pairNotReady } from '../mentoring-errors.ts';
import type { MentoringDependencies } from './mentoring-dependencies.ts';
import { mentorPairView } from './mentor-pair-view.ts';
import { ownPair, subjectOfPair } from './own-pair.ts';

/**
 * The mentor answers a proposal. Declining frees the pair: the mentee may be paired again (never
 * with this mentor), the mentor's place goes back, and staff see the decline with its reason among
 * the season's pairs; a pair already agreed can be let go only once its mentee has left the programme. Agreeing records the pair as a mentoring relation (conflicts of interest in
 * any later review) and moves the mentee from the agreement to the invitation stage as `mentor`,
 * through the pipeline's transition machinery; an agreement repeated while the application still
 * waits there (the move failed) starts the move again, and once it has moved changes nothing.
 */
export const respondToProposal = async (
  deps: Pick<MentoringDependencies, 'pairs' | 'subjects' | 'moves' | 'relations' | 'profiles' | 'clock'>,
  identity: Identity,
  pairId: string,
  input: ProposalResponseInput,
): Promise<MentorPairView> => {
  const pair = await ownPair(deps, identity, pairId);
  const subject = await subjectOfPair(deps, pair);
  const stages = pairingStagesOf(subject.programme);
  const now = deps.clock().toISOString();
  const next = (changes: Partial<MentoringPair>): MentoringPair => ({ ...pair, ...changes, updatedAt: now, version: pair.version + 1 });

  if (input.decision === 'decline') {
    if (pair.status === 'declined-by-mentor') return mentorPairView(pair, subject);
    // An agreed pair whose mentee has left the programme (withdrew, was turned down) holds a place for nobody.
    const menteeLeft = isTerminalKind(stageOf(subject.programme.settings.pipeline, subject.application.stage)?.kind ?? 'completed');
    const releasable = pair.status === 'proposed' || (menteeLeft && (pair.status === 'agreed' || pair.status === 'active'));
    if (!releasable) throw pairNotReady(pair.status, 'body.decision');
    const released = await deps.pairs.release(
      next({ status: 'declined-by-mentor', declinedAt: now, ...(input.reason === undefined ? {} : { declineReason: input.reason }) }),
      pair.version,
    );
    if (!released.written) throw versionConflict(released.currentVersion);
    return mentorPairView(released.pair, subject);
  }

  let agreed = pair;
  if (pair.status === 'proposed') {
    if (subject.application.stage !== stages.agreement) throw menteeMovedOn(subject.application.stage);
    const updated = await deps.pairs.update(next({ status: 'agreed', agreedAt: now }), pair.version);
    if (!updated.written) throw versionConflict(updated.currentVersion);
    agreed = updated.pair;
  } else if (pair.status !== 'agreed') throw pairNotReady(pair.status, 'body.decision');
  const email = identity.email ?? (await deps.profiles.find(identity.subject))?.email;
  await deps.relations.record({
    seasonId: pair.seasonId,
    people: [{ applicantId: pair.applicantId, role: 'member' }, ...(email === undefined ? [] : [{ email, role: 'mentor' as const }])],
  });
  if (subject.application.stage === stages.agreement) {
    await deps.moves.move({ applicationId: pair.applicationId, to: stages.invitation, actor: 'mentor', actorId: identity.subject });
  }
  return mentorPairView(agreed, subject);
};
