import { composeMail } from '../../mail/domain/compose-mail.ts';
import type { OutgoingMail } from '../../mail/ports/mailer.ts';
import type { LocalisedText } from '../../platform/errors/app-error.ts';

export interface LetterReadyFacts {
  readonly to: string;
  readonly language: 'ru' | 'en';
  readonly programmeName: LocalisedText;
  readonly seasonTitle: LocalisedText;
  readonly applicationId: string;
  /** Absent if the mentor has no profile any more. */
  readonly mentorName: string | undefined;
}

const TEXTS = {
  ru: {
    subject: (programme: string) => `${programme}: рекомендательное письмо готово`,
    body: (mentor: string | undefined) =>
      `${mentor ?? 'Ваш наставник'} написал(а) вам рекомендательное письмо. Оно хранится в вашей заявке.`,
    id: (id: string) => `Номер заявки: ${id}`,
    footer: 'Это автоматическое письмо cadre; отвечать на него не нужно.',
  },
  en: {
    subject: (programme: string) => `${programme}: your recommendation letter is ready`,
    body: (mentor: string | undefined) =>
      `${mentor ?? 'Your mentor'} has written your recommendation letter. It is kept with your application.`,
    id: (id: string) => `Application number: ${id}`,
    footer: 'This is an automatic cadre mail; no need to reply.',
  },
} as const;

/** To the mentee once the mentor signs the letter off; the text itself stays behind the API. */
export const letterReadyMail = (facts: LetterReadyFacts): OutgoingMail => {
  const texts = TEXTS[facts.language];
  const programme = facts.programmeName[facts.language];
  return composeMail({
    to: [facts.to],
    subject: texts.subject(programme),
    heading: `${programme} — ${facts.seasonTitle[facts.language]}`,
    lines: [texts.body(facts.mentorName), texts.id(facts.applicationId)],
    footer: texts.footer,
  });
};
