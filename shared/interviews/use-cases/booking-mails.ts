import type { InterviewBooking } from '../booking-schema.ts';
import type { InterviewEvent } from '../interview-event-schema.ts';
import { interviewBookedMail } from '../mail/interview-booked-mail.ts';
import type { InterviewMailFacts } from '../mail/interview-mail-facts.ts';
import { interviewReminderMail } from '../mail/interview-reminder-mail.ts';
import type { InterviewSubject } from '../ports/interview-subjects.ts';
import type { InterviewDependencies } from './interview-dependencies.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** One reminder per booking version: a moved booking's reminder is another mail, and the old one is withdrawn by its id. */
export const reminderMailId = (booking: Pick<InterviewBooking, 'applicationId' | 'stage' | 'version'>): string =>
  `interview-reminder:${booking.applicationId}:${booking.stage}:${booking.version}`;

const factsOf = (subject: InterviewSubject, event: InterviewEvent): InterviewMailFacts | undefined =>
  subject.profile === undefined
    ? undefined
    : {
        to: subject.profile.contacts.email,
        language: subject.application.language,
        programmeName: subject.programme.settings.name,
        seasonTitle: subject.season.title,
        applicationId: subject.application.id,
        event,
      };

/**
 * After a booking or a move: the confirmation (with the calendar file for a live interview) at
 * once, and for a live interview the reminder, queued to go out a day before the start (not at all
 * when the interview is less than a day away). Both are keyed by the booking's version, so a
 * retried request queues nothing twice. A move withdraws the reminder of the version it replaced.
 */
export const queueBookingMails = async (
  deps: Pick<InterviewDependencies, 'mailQueue' | 'mailRecall'>,
  subject: InterviewSubject,
  event: InterviewEvent,
  booking: InterviewBooking,
  previous: InterviewBooking | undefined,
  at: Date,
): Promise<void> => {
  if (previous !== undefined) await deps.mailRecall.withdraw(reminderMailId(previous), at);
  const facts = factsOf(subject, event);
  if (facts === undefined) return;
  const moved = previous?.status === 'booked';
  await deps.mailQueue.enqueue(
    {
      id: `interview-booked:${booking.applicationId}:${booking.stage}:${booking.version}`,
      seasonId: booking.seasonId,
      mail: interviewBookedMail(facts, { version: booking.version, moved, at }),
    },
    at,
  );
  const remindAt = Date.parse(event.startsAt) - DAY_MS;
  if (event.format === 'recorded' || remindAt <= at.getTime()) return;
  await deps.mailQueue.enqueue(
    {
      id: reminderMailId(booking),
      seasonId: booking.seasonId,
      mail: interviewReminderMail(facts),
      notBefore: new Date(remindAt).toISOString(),
    },
    at,
  );
};
