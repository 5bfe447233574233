import type { Application } from '../../applications/application-schema.ts';
import type { Programme } from '../../catalogue/domain/config/programme-schema.ts';
import type { Season } from '../../catalogue/domain/seasons/season-schema.ts';
import { pairIdOf } from '../domain/pair-id.ts';
import { mentoringProposalMail } from '../mail/mentoring-proposal-mail.ts';
import { mentorLanguage } from '../mail/mentoring-mail-facts.ts';
import type { MentorProfile } from '../mentor-profile-schema.ts';
import type { MentorTier } from '../mentor-pool-schema.ts';
import type { MentoringPair } from '../mentoring-pair-schema.ts';
import type { ProposalRefusal } from '../ports/mentoring-pairs.ts';
import type { MentoringDependencies } from './mentoring-dependencies.ts';

export interface Proposal {
  readonly application: Pick<Application, 'id' | 'applicantId' | 'seasonId' | 'programmeId'>;
  readonly mentorId: string;
  readonly tier: MentorTier;
  readonly choiceRank?: number | undefined;
  /** `matching`, or the staff member pairing by hand. */
  readonly proposedBy: string;
}

export type ProposalOutcome =
  | { readonly proposed: true; readonly pair: MentoringPair }
  | { readonly proposed: false; readonly reason: ProposalRefusal };

/**
 * Writes a proposed pair (the store holds the mentee's one live pair and the mentor's capacity)
 * and queues the mentor's mail, keyed by the pair: a repeated proposal mails nobody twice. The pair
 * id follows from mentee and mentor, so proposing the same pair again finds it (`already-proposed`).
 */
export const proposePair = async (
  deps: Pick<MentoringDependencies, 'pairs' | 'mailQueue'>,
  context: { readonly programme: Programme; readonly season: Season; readonly agreementStage: string; readonly at: Date },
  proposal: Proposal,
  mentor: MentorProfile | undefined,
): Promise<ProposalOutcome> => {
  const at = context.at.toISOString();
  const pair: MentoringPair = {
    id: pairIdOf(proposal.application.id, proposal.mentorId),
    seasonId: proposal.application.seasonId,
    programmeId: proposal.application.programmeId,
    applicationId: proposal.application.id,
    applicantId: proposal.application.applicantId,
    mentorId: proposal.mentorId,
    tier: proposal.tier,
    status: 'proposed',
    proposedBy: proposal.proposedBy,
    ...(proposal.choiceRank === undefined ? {} : { choiceRank: proposal.choiceRank }),
    proposedAt: at,
    sessions: 0,
    minutes: 0,
    updatedAt: at,
    version: 1,
  };
  const outcome = await deps.pairs.propose(pair, context.agreementStage);
  if (!outcome.proposed) return outcome;
  if (mentor?.email !== undefined) {
    await deps.mailQueue.enqueue(
      {
        id: `mentoring-proposal:${pair.id}`,
        seasonId: pair.seasonId,
        mail: mentoringProposalMail({
          to: mentor.email,
          language: mentorLanguage(mentor.languages),
          programmeName: context.programme.settings.name,
          seasonTitle: context.season.title,
          pairId: pair.id,
        }),
      },
      context.at,
    );
  }
  return { proposed: true, pair };
};
