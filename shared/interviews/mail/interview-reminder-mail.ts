import { composeMail } from '../../mail/domain/compose-mail.ts';
import type { OutgoingMail } from '../../mail/ports/mailer.ts';
import type { InterviewMailFacts } from './interview-mail-facts.ts';
import { interviewPlaceLines } from './interview-place-lines.ts';

const TEXTS = {
  ru: {
    subject: (programme: string) => `${programme}: собеседование завтра`,
    tomorrow: 'Напоминаем: завтра ваше собеседование.',
    id: (id: string) => `Номер заявки: ${id}`,
    footer: 'Это автоматическое письмо cadre; отвечать на него не нужно.',
  },
  en: {
    subject: (programme: string) => `${programme}: your interview is tomorrow`,
    tomorrow: 'A reminder: your interview is tomorrow.',
    id: (id: string) => `Application number: ${id}`,
    footer: 'This is an automatic cadre mail; no need to reply.',
  },
} as const;

/** The reminder the day before a live interview, queued with the booking to go out a day before the start. */
export const interviewReminderMail = (facts: InterviewMailFacts): OutgoingMail => {
  const texts = TEXTS[facts.language];
  const programme = facts.programmeName[facts.language];
  return composeMail({
    to: [facts.to],
    subject: texts.subject(programme),
    heading: `${programme} — ${facts.seasonTitle[facts.language]}`,
    lines: [texts.tomorrow, ...interviewPlaceLines(facts.event, facts.language), texts.id(facts.applicationId)],
    footer: texts.footer,
  });
};
