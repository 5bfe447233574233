import type { LocalisedText } from '../../platform/errors/app-error.ts';
import type { Identity } from '../../platform/auth/identity.ts';
import { notFound, versionConflict } from '../../platform/errors/common-errors.ts';
import { isEndable, isMentorsCause, wayBackToAgreement } from '../domain/pair-ending.ts';
import { pairingStagesOf } from '../domain/pairing-stages.ts';
import { pairEndedMail } from '../mail/pair-ended-mail.ts';
import { mentorLanguage } from '../mail/mentoring-mail-facts.ts';
import type { MentoringPair, PairEndingInput } from '../mentoring-pair-schema.ts';
import { noWayBackToAgreement, pairEndedOtherwise, pairNotReady } from '../mentoring-errors.ts';
import type { MentoringSubject } from '../ports/mentoring-subjects.ts';
import type { MentoringDependencies } from './mentoring-dependencies.ts';

/**
 * Staff end a pair stuck on someone: a mentor who never answers or dropped out, a mentee who never
 * answers the invitation. The mentor's place goes back to the pool and the two are never paired
 * again. Where the mentor is the cause, the mentee goes back to the agreement stage (through the
 * pipeline's staff move, checked before anything changes) to be paired with another mentor, and is
 * told so; the mentor is told the pair ended. Ending again for the same cause repeats only what did
 * not happen (the move back), so a retry after a failure finishes the job.
 */
export const endPair = async (
  deps: Pick<MentoringDependencies, 'staffedSeasons' | 'pairs' | 'subjects' | 'profiles' | 'moves' | 'mailQueue' | 'clock'>,
  identity: Identity,
  target: { readonly seasonId: string; readonly pairId: string },
  input: PairEndingInput,
): Promise<MentoringPair> => {
  const { programme, season } = await deps.staffedSeasons.staffedSeason(identity, target.seasonId);
  const stages = pairingStagesOf(programme);
  const pair = await deps.pairs.find(target.pairId);
  if (pair === undefined || pair.seasonId !== target.seasonId) throw notFound('mentoring pair');
  const subject = await deps.subjects.find(pair.applicationId);
  if (subject === undefined) throw notFound('mentoring pair');
  const sendBack = isMentorsCause(input.cause)
    ? wayBackToAgreement(programme.settings.pipeline, stages, subject.application.stage)
    : 'not-needed';

  let ended = pair;
  if (pair.status === 'ended-by-staff') {
    if (pair.ending?.cause !== input.cause) throw pairEndedOtherwise(pair.ending?.cause ?? 'other');
  } else {
    const from = pair.status;
    if (!isEndable(from)) throw pairNotReady(from, 'params.pairId');
    if (sendBack === 'not-allowed') throw noWayBackToAgreement(subject.application.stage, stages.agreement);
    if (input.version !== pair.version) throw versionConflict(pair.version);
    const at = deps.clock();
    const released = await deps.pairs.release(
      {
        ...pair,
        status: 'ended-by-staff',
        ending: {
          cause: input.cause,
          ...(input.note === undefined ? {} : { note: input.note }),
          from,
          by: identity.subject,
          at: at.toISOString(),
        },
        updatedAt: at.toISOString(),
        version: pair.version + 1,
      },
      pair.version,
    );
    if (!released.written) throw versionConflict(released.currentVersion);
    ended = released.pair;
    await mailEnding(
      deps,
      ended,
      { programmeName: programme.settings.name, seasonTitle: season.title, at },
      subject,
      sendBack === 'allowed',
    );
  }
  if (sendBack === 'allowed') {
    await deps.moves.move({ applicationId: pair.applicationId, to: stages.agreement, actor: 'staff', actorId: identity.subject });
  }
  return ended;
};

/** One mail to the mentor and, where they wait for another mentor, one to the mentee; each queued once, whatever retries. */
const mailEnding = async (
  deps: Pick<MentoringDependencies, 'profiles' | 'mailQueue'>,
  pair: MentoringPair,
  context: { readonly programmeName: LocalisedText; readonly seasonTitle: LocalisedText; readonly at: Date },
  subject: MentoringSubject,
  toMentee: boolean,
): Promise<void> => {
  const mentor = await deps.profiles.find(pair.mentorId);
  const facts = { programmeName: context.programmeName, seasonTitle: context.seasonTitle, pairId: pair.id };
  if (mentor?.email !== undefined) {
    await deps.mailQueue.enqueue(
      {
        id: `mentoring-ended:${pair.id}:mentor`,
        seasonId: pair.seasonId,
        mail: pairEndedMail({ ...facts, to: mentor.email, language: mentorLanguage(mentor.languages) }, 'mentor'),
      },
      context.at,
    );
  }
  if (toMentee && subject.profile !== undefined) {
    await deps.mailQueue.enqueue(
      {
        id: `mentoring-ended:${pair.id}:mentee`,
        seasonId: pair.seasonId,
        mail: pairEndedMail({ ...facts, to: subject.profile.contacts.email, language: subject.application.language }, 'mentee'),
      },
      context.at,
    );
  }
};
