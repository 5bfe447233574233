import type { LocalisedText } from '../../platform/errors/app-error.ts';
import { composeMail } from '../../mail/domain/compose-mail.ts';
import type { OutgoingMail } from '../../mail/ports/mailer.ts';

export interface StageChangeFacts {
  readonly to: string;
  readonly language: 'ru' | 'en';
  readonly programmeName: LocalisedText;
  readonly seasonTitle: LocalisedText;
  readonly applicationId: string;
  readonly stageName: LocalisedText;
  readonly stageDescription?: LocalisedText | undefined;
}

const TEXTS = {
  ru: {
    subject: (programme: string, stage: string) => `${programme}: этап «${stage}»`,
    moved: (stage: string) => `Ваша заявка перешла на этап «${stage}».`,
    id: (id: string) => `Номер заявки: ${id}`,
    account: 'Подробности и следующие шаги — в личном кабинете.',
    footer: 'Это автоматическое письмо cadre; отвечать на него не нужно.',
  },
  en: {
    subject: (programme: string, stage: string) => `${programme}: stage "${stage}"`,
    moved: (stage: string) => `Your application has moved to the stage "${stage}".`,
    id: (id: string) => `Application number: ${id}`,
    account: 'Details and next steps are in your account.',
    footer: 'This is an automatic cadre mail; no need to reply.',
  },
} as const;

/** The `notifyApplicant` effect of a stage change (not a submission: that is the receipt), in the applicant's language. */
export const stageChangeMail = (facts: StageChangeFacts): OutgoingMail => {
  const texts = TEXTS[facts.language];
  const programme = facts.programmeName[facts.language];
  const season = facts.seasonTitle[facts.language];
  const stage = facts.stageName[facts.language];
  const lines = [
    texts.moved(stage),
    ...(facts.stageDescription === undefined ? [] : [facts.stageDescription[facts.language]]),
    texts.id(facts.applicationId),
    texts.account,
  ];
  return composeMail({
    to: [facts.to],
    subject: texts.subject(programme, stage),
    heading: `${programme} — ${season}`,
    lines,
    footer: texts.footer,
  });
};
