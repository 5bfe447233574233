import type { Identity } from '../../platform/auth/identity.ts';
import { notFound } from '../../platform/errors/common-errors.ts';
import { reviewReminderMail } from '../mail/review-reminder-mail.ts';
import { MAX_REVIEW_REMINDERS_PER_SEASON, type ReviewRemindersReport } from '../reminders-schema.ts';
import type { ReviewDependencies } from './review-dependencies.ts';
import { refuseAfterDeadline } from './review-subject-access.ts';

/**
 * Staff remind every expert of the season's pool who still owes reviews on a rubric: one mail each,
 * in the expert's language, through the mail queue. Once a day per expert and rubric (the mail's id
 * carries the date, so sending again the same day queues nothing) and at most
 * MAX_REVIEW_REMINDERS_PER_SEASON per expert per season (a capped counter written with the mail).
 */
export const remindExperts = async (
  deps: Pick<ReviewDependencies, 'staffedSeasons' | 'pool' | 'profiles' | 'mailQueue' | 'clock'>,
  identity: Identity,
  seasonId: string,
  rubricId: string,
): Promise<ReviewRemindersReport> => {
  const { season, programme } = await deps.staffedSeasons.staffedSeason(identity, seasonId);
  const rubric = programme.settings.reviewRubrics.find((candidate) => candidate.id === rubricId);
  if (rubric === undefined) throw notFound('rubric');
  // Past the deadline the reviews are locked: a reminder would ask for work nobody can hand in.
  refuseAfterDeadline(season, rubric, deps.clock());
  const owing = (await deps.pool.all(seasonId)).filter(
    (member) => (member.assignedByRubric[rubric.id] ?? 0) > (member.submittedByRubric[rubric.id] ?? 0),
  );
  const profiles = await deps.profiles.findMany(owing.map((member) => member.expertId));
  const now = deps.clock();
  const day = now.toISOString().slice(0, 10);
  const deadline = season.calendar.find((window) => window.stage === rubric.stage)?.closesAt;
  const report = { queued: 0, alreadyQueued: 0, capReached: 0, withoutAddress: 0 };
  for (const member of owing) {
    const profile = profiles.get(member.expertId);
    if (profile?.email === undefined) {
      report.withoutAddress += 1;
      continue;
    }
    const open = (member.assignedByRubric[rubric.id] ?? 0) - (member.submittedByRubric[rubric.id] ?? 0);
    const outcome = await deps.mailQueue.enqueueCapped(
      {
        id: `review-reminder#${seasonId}#${rubric.id}#${member.expertId}#${day}`,
        seasonId,
        mail: reviewReminderMail(
          { email: profile.email, language: profile.languages[0] ?? 'ru' },
          programme,
          season,
          rubric,
          open,
          deadline,
        ),
      },
      { counterId: `review-reminders#${seasonId}#${member.expertId}`, max: MAX_REVIEW_REMINDERS_PER_SEASON },
      now,
    );
    if (outcome === 'queued') report.queued += 1;
    else if (outcome === 'already-queued') report.alreadyQueued += 1;
    else report.capReached += 1;
  }
  return report;
};
