import type { LocalisedText } from '../../platform/errors/app-error.ts';
import { composeMail } from '../../mail/domain/compose-mail.ts';
import type { OutgoingMail } from '../../mail/ports/mailer.ts';

export interface StaffNoticeFacts {
  /** The programme's contact address (its settings), in the contact's language. */
  readonly to: string;
  readonly language: 'ru' | 'en';
  readonly programmeName: LocalisedText;
  readonly seasonTitle: LocalisedText;
  readonly applicationId: string;
  readonly fromStageName: LocalisedText;
  readonly toStageName: LocalisedText;
}

const TEXTS = {
  ru: {
    subject: (programme: string, stage: string) => `${programme}: заявка перешла на этап «${stage}»`,
    moved: (from: string, to: string) => `Заявка перешла с этапа «${from}» на этап «${to}».`,
    id: (id: string) => `Номер заявки: ${id}`,
    look: 'Заявка и её история — в рабочем кабинете программы.',
    footer: 'Это автоматическое уведомление cadre для команды программы.',
  },
  en: {
    subject: (programme: string, stage: string) => `${programme}: an application moved to "${stage}"`,
    moved: (from: string, to: string) => `An application moved from the stage "${from}" to "${to}".`,
    id: (id: string) => `Application number: ${id}`,
    look: 'The application and its history are in the programme’s staff workspace.',
    footer: 'This is an automatic cadre notice for the programme’s team.',
  },
} as const;

/**
 * The `notifyStaff` effect's mail to the programme's contact address. It names the application by
 * its number only: the person's data stays behind the staff API, where access is checked and logged.
 */
export const staffNoticeMail = (facts: StaffNoticeFacts): OutgoingMail => {
  const texts = TEXTS[facts.language];
  const programme = facts.programmeName[facts.language];
  const to = facts.toStageName[facts.language];
  return composeMail({
    to: [facts.to],
    subject: texts.subject(programme, to),
    heading: `${programme} — ${facts.seasonTitle[facts.language]}`,
    lines: [texts.moved(facts.fromStageName[facts.language], to), texts.id(facts.applicationId), texts.look],
    footer: texts.footer,
  });
};
