import type { LocalisedText } from '../../platform/errors/app-error.ts';
import { composeMail } from '../../mail/domain/compose-mail.ts';
import type { OutgoingMail } from '../../mail/ports/mailer.ts';

export interface ReceiptFacts {
  readonly to: string;
  readonly language: 'ru' | 'en';
  readonly programmeName: LocalisedText;
  readonly seasonTitle: LocalisedText;
  readonly applicationId: string;
  /** Absent when no rule assigned one (staff will). */
  readonly trackName?: LocalisedText | undefined;
}

const TEXTS = {
  ru: {
    subject: (programme: string) => `Заявка принята: ${programme}`,
    received: 'Ваша заявка подана и принята к рассмотрению.',
    id: (id: string) => `Номер заявки: ${id}`,
    track: (track: string) => `Трек: ${track}`,
    noTrack: 'Трек назначит команда программы.',
    frozen: 'Ответы заявки больше не меняются. Следить за её этапами можно в личном кабинете.',
    footer: 'Это автоматическое письмо cadre; отвечать на него не нужно.',
  },
  en: {
    subject: (programme: string) => `Application received: ${programme}`,
    received: 'Your application has been submitted and will be reviewed.',
    id: (id: string) => `Application number: ${id}`,
    track: (track: string) => `Track: ${track}`,
    noTrack: 'The programme team will assign your track.',
    frozen: 'The application’s answers no longer change. Follow its stages in your account.',
    footer: 'This is an automatic cadre mail; no need to reply.',
  },
} as const;

/** The receipt an applicant gets on submission, in the language of their profile. */
export const applicationReceiptMail = (facts: ReceiptFacts): OutgoingMail => {
  const texts = TEXTS[facts.language];
  const programme = facts.programmeName[facts.language];
  const season = facts.seasonTitle[facts.language];
  const lines = [
    texts.received,
    texts.id(facts.applicationId),
    facts.trackName === undefined ? texts.noTrack : texts.track(facts.trackName[facts.language]),
    texts.frozen,
  ];
  return composeMail({
    to: [facts.to],
    subject: texts.subject(programme),
    heading: `${programme} — ${season}`,
    lines,
    footer: texts.footer,
  });
};
