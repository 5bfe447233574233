import type { LocalisedText } from '../../platform/errors/app-error.ts';
import { composeMail } from '../../mail/domain/compose-mail.ts';
import type { OutgoingMail } from '../../mail/ports/mailer.ts';
import { formatMoscowTime } from '../../mail/domain/format-moscow-time.ts';

export interface ReminderFacts {
  readonly to: string;
  readonly language: 'ru' | 'en';
  readonly programmeName: LocalisedText;
  readonly seasonTitle: LocalisedText;
  readonly applicationId: string;
  /** The window's stage, whose close the mail reminds of. */
  readonly stageName: LocalisedText;
  readonly closesAt: string;
}

/** Moscow time: the programmes are Russian and so are most of their deadlines; the zone is named in the text. */
const closeDate = (closesAt: string, language: 'ru' | 'en'): string =>
  `${formatMoscowTime(closesAt, language)} ${language === 'ru' ? '(МСК)' : '(Moscow time)'}`;

const TEXTS = {
  ru: {
    subject: (programme: string, stage: string) => `${programme}: этап «${stage}» скоро закроется`,
    closes: (stage: string, date: string) => `Этап «${stage}» закрывается ${date}.`,
    act: 'Если вы ещё не завершили всё, что нужно на этом этапе, успейте до закрытия.',
    id: (id: string) => `Номер заявки: ${id}`,
    footer: 'Это автоматическое напоминание cadre; отвечать на него не нужно.',
  },
  en: {
    subject: (programme: string, stage: string) => `${programme}: the stage "${stage}" closes soon`,
    closes: (stage: string, date: string) => `The stage "${stage}" closes on ${date}.`,
    act: 'If you have not yet done everything this stage needs, please do so before it closes.',
    id: (id: string) => `Application number: ${id}`,
    footer: 'This is an automatic cadre reminder; no need to reply.',
  },
} as const;

/** A reminder before a calendar window closes, in the applicant's language, naming the window and its close. */
export const reminderMail = (facts: ReminderFacts): OutgoingMail => {
  const texts = TEXTS[facts.language];
  const programme = facts.programmeName[facts.language];
  const stage = facts.stageName[facts.language];
  return composeMail({
    to: [facts.to],
    subject: texts.subject(programme, stage),
    heading: `${programme} — ${facts.seasonTitle[facts.language]}`,
    lines: [texts.closes(stage, closeDate(facts.closesAt, facts.language)), texts.act, texts.id(facts.applicationId)],
    footer: texts.footer,
  });
};
