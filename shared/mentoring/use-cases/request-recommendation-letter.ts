import type { Programme } from '../../catalogue/domain/config/programme-schema.ts';
import type { Season } from '../../catalogue/domain/seasons/season-schema.ts';
import { letterRequestMail } from '../mail/letter-request-mail.ts';
import { mentorLanguage } from '../mail/mentoring-mail-facts.ts';
import type { PairStatus } from '../mentoring-pair-schema.ts';
import type { MentoringDependencies } from './mentoring-dependencies.ts';

/** A pair whose mentor has agreed: the one to ask for the letter (a pair staff moved on by hand included). */
const AGREED: readonly PairStatus[] = ['agreed', 'active', 'completed'];

export type LetterRequestOutcome = 'requested' | 'already-requested' | 'no-mentor-pair';

/**
 * The `requestRecommendationLetter` effect of a move (Объединение наставников: the summing up
 * completes the mentoring): the application's mentor is asked for a letter, once per application
 * however often the effect runs, and mailed (the mail keyed by the application, so queued once).
 * An application without an agreed pair has nobody to ask: the caller records that for staff.
 */
export const requestRecommendationLetter = async (
  deps: Pick<MentoringDependencies, 'pairs' | 'letters' | 'profiles' | 'mailQueue' | 'clock'>,
  context: { readonly applicationId: string; readonly programme: Programme; readonly season: Season },
): Promise<LetterRequestOutcome> => {
  const mentoring = await deps.pairs.mentoringOf(context.applicationId);
  const pair = mentoring?.livePairId === undefined ? undefined : await deps.pairs.find(mentoring.livePairId);
  if (pair === undefined || !AGREED.includes(pair.status)) return 'no-mentor-pair';
  const at = deps.clock();
  const outcome = await deps.letters.request({
    applicationId: pair.applicationId,
    pairId: pair.id,
    seasonId: pair.seasonId,
    programmeId: pair.programmeId,
    mentorId: pair.mentorId,
    status: 'requested',
    requestedAt: at.toISOString(),
    updatedAt: at.toISOString(),
    version: 1,
  });
  const mentor = await deps.profiles.find(pair.mentorId);
  if (mentor?.email !== undefined) {
    await deps.mailQueue.enqueue(
      {
        id: `recommendation-letter-request:${pair.applicationId}`,
        seasonId: pair.seasonId,
        mail: letterRequestMail({
          to: mentor.email,
          language: mentorLanguage(mentor.languages),
          programmeName: context.programme.settings.name,
          seasonTitle: context.season.title,
          pairId: pair.id,
        }),
      },
      at,
    );
  }
  return outcome;
};
