import type { Identity } from '../../platform/auth/identity.ts';
import { notFound } from '../../platform/errors/common-errors.ts';
import { pairingStagesOf } from '../domain/pairing-stages.ts';
import type { MentoringPair, PairByHandInput } from '../mentoring-pair-schema.ts';
import {
  mentorBusy,
  mentorDeclinedMentee,
  mentorFull,
  mentorNotInPool,
  menteeAlreadyPaired,
  notAwaitingMentor,
} from '../mentoring-errors.ts';
import type { ProposalRefusal } from '../ports/mentoring-pairs.ts';
import type { MentoringDependencies } from './mentoring-dependencies.ts';
import { proposePair } from './propose-pair.ts';

const refusalOf = (reason: Exclude<ProposalRefusal, 'already-proposed'>, stage: string) => {
  switch (reason) {
    case 'mentee-paired':
      return menteeAlreadyPaired();
    case 'mentor-declined':
      return mentorDeclinedMentee();
    case 'mentor-full':
      return mentorFull();
    case 'mentor-left-pool':
      return mentorNotInPool();
    case 'mentee-moved':
      return notAwaitingMentor(stage);
    case 'busy':
      return mentorBusy();
  }
};

/**
 * Staff pair one mentee with a mentor of the pool by hand (a mentee matching left out, a mentor
 * the mentee asked for): the mentee must wait in the agreement stage without a pair, and the
 * mentor have a place left and not have declined them. The mentor is mailed as after a matching.
 */
export const pairByHand = async (
  deps: Pick<MentoringDependencies, 'staffedSeasons' | 'subjects' | 'pairs' | 'pool' | 'profiles' | 'mailQueue' | 'clock'>,
  identity: Identity,
  seasonId: string,
  input: PairByHandInput,
): Promise<{ readonly created: boolean; readonly pair: MentoringPair }> => {
  const { programme, season } = await deps.staffedSeasons.staffedSeason(identity, seasonId);
  const stages = pairingStagesOf(programme);
  const subject = await deps.subjects.find(input.applicationId);
  if (subject === undefined || subject.application.seasonId !== seasonId) throw notFound('application');
  if (subject.application.stage !== stages.agreement) throw notAwaitingMentor(stages.agreement);
  const [member, profile] = await Promise.all([deps.pool.find(seasonId, input.mentorId), deps.profiles.find(input.mentorId)]);
  if (member === undefined) throw mentorNotInPool();
  const outcome = await proposePair(
    deps,
    { programme, season, agreementStage: stages.agreement, at: deps.clock() },
    { application: subject.application, mentorId: member.mentorId, tier: member.tier, proposedBy: identity.subject },
    profile,
  );
  if (outcome.proposed) return { created: true, pair: outcome.pair };
  if (outcome.reason === 'already-proposed') {
    const existing = await deps.pairs.mentoringOf(input.applicationId);
    const pair = existing?.livePairId === undefined ? undefined : await deps.pairs.find(existing.livePairId);
    if (pair !== undefined && pair.mentorId === input.mentorId) return { created: false, pair };
    throw menteeAlreadyPaired();
  }
  throw refusalOf(outcome.reason, stages.agreement);
};
