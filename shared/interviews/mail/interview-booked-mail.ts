import { composeMail } from '../../mail/domain/compose-mail.ts';
import { formatMoscowTime } from '../../mail/domain/format-moscow-time.ts';
import type { OutgoingMail } from '../../mail/ports/mailer.ts';
import { interviewInvitation } from '../domain/interview-invitation.ts';
import type { InterviewMailFacts } from './interview-mail-facts.ts';
import { interviewPlaceLines } from './interview-place-lines.ts';

const TEXTS = {
  ru: {
    subject: (programme: string, moved: boolean) => `${programme}: ${moved ? 'собеседование перенесено' : 'вы записаны на собеседование'}`,
    booked: 'Вы записаны на собеседование.',
    moved: 'Ваша запись на собеседование перенесена.',
    change: (until: string) => `Перенести или отменить запись можно в личном кабинете до ${until} (по московскому времени).`,
    calendar: 'Приглашение для календаря — во вложении.',
    id: (id: string) => `Номер заявки: ${id}`,
    footer: 'Это автоматическое письмо cadre; отвечать на него не нужно.',
  },
  en: {
    subject: (programme: string, moved: boolean) =>
      `${programme}: ${moved ? 'your interview has moved' : 'you are booked for an interview'}`,
    booked: 'You are booked for an interview.',
    moved: 'Your interview booking has moved.',
    change: (until: string) => `You can move or cancel it in your account until ${until} (Moscow time).`,
    calendar: 'A calendar invitation is attached.',
    id: (id: string) => `Application number: ${id}`,
    footer: 'This is an automatic cadre mail; no need to reply.',
  },
} as const;

/** The confirmation of a booking or a move, in the applicant's language, with a calendar invitation for a live interview. */
export const interviewBookedMail = (
  facts: InterviewMailFacts,
  booking: { readonly version: number; readonly moved: boolean; readonly at: Date },
): OutgoingMail => {
  const texts = TEXTS[facts.language];
  const programme = facts.programmeName[facts.language];
  const live = facts.event.format !== 'recorded';
  const mail = composeMail({
    to: [facts.to],
    subject: texts.subject(programme, booking.moved),
    heading: `${programme} — ${facts.seasonTitle[facts.language]}`,
    lines: [
      booking.moved ? texts.moved : texts.booked,
      ...interviewPlaceLines(facts.event, facts.language),
      texts.change(formatMoscowTime(facts.event.bookingClosesAt, facts.language)),
      ...(live ? [texts.calendar] : []),
      texts.id(facts.applicationId),
    ],
    footer: texts.footer,
  });
  if (!live) return mail;
  const invitation = interviewInvitation({
    applicationId: facts.applicationId,
    event: facts.event,
    programmeName: programme,
    language: facts.language,
    sequence: booking.version,
    issuedAt: booking.at,
  });
  return {
    ...mail,
    attachments: [{ fileName: 'interview.ics', contentType: 'text/calendar; charset=utf-8; method=PUBLISH', content: invitation }],
  };
};
