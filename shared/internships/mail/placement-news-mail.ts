import { composeMail } from '../../mail/domain/compose-mail.ts';
import { formatMoscowTime } from '../../mail/domain/format-moscow-time.ts';
import type { OutgoingMail } from '../../mail/ports/mailer.ts';
import type { LocalisedText } from '../../platform/errors/app-error.ts';
import type { OfferFacts } from '../ports/offer-facts.ts';

/** What the applicant hears of their placement after their own answer: it expired unanswered, or its host moved it on. */
export type PlacementNews = 'expired' | 'started' | 'completed' | 'ended-early';

export interface PlacementNewsFacts {
  readonly to: string;
  readonly language: 'ru' | 'en';
  readonly programmeName: LocalisedText;
  readonly seasonTitle: LocalisedText;
  readonly news: PlacementNews;
  readonly applicationId: string;
  readonly offer: OfferFacts;
  readonly respondBy: string;
}

const TEXTS = {
  ru: {
    subject: {
      expired: (programme: string) => `${programme}: срок ответа на предложение стажировки истёк`,
      started: (programme: string) => `${programme}: стажировка началась`,
      completed: (programme: string) => `${programme}: стажировка завершена`,
      'ended-early': (programme: string) => `${programme}: стажировка завершена досрочно`,
    },
    line: {
      expired: (title: string, host: string, until: string) =>
        `Вы не ответили на предложение стажировки «${title}» (${host}) до ${until} (по московскому времени): место передано другим участникам. В следующем туре распределения это предложение вам больше не будет предложено.`,
      started: (title: string, host: string) => `Организация отметила начало вашей стажировки «${title}» (${host}). Удачи!`,
      completed: (title: string, host: string) =>
        `Организация отметила завершение вашей стажировки «${title}» (${host}) и внесла свою оценку.`,
      'ended-early': (title: string, host: string) =>
        `Организация досрочно завершила вашу стажировку «${title}» (${host}). Причину вы увидите в личном кабинете; с вопросами обращайтесь к команде программы.`,
    },
    look: 'Подробности — в личном кабинете.',
    id: (id: string) => `Номер заявки: ${id}`,
    footer: 'Это автоматическое письмо cadre; отвечать на него не нужно.',
  },
  en: {
    subject: {
      expired: (programme: string) => `${programme}: the time to answer an internship offer is over`,
      started: (programme: string) => `${programme}: your internship has started`,
      completed: (programme: string) => `${programme}: your internship is completed`,
      'ended-early': (programme: string) => `${programme}: your internship was ended early`,
    },
    line: {
      expired: (title: string, host: string, until: string) =>
        `You did not answer the offer of the internship "${title}" (${host}) by ${until} (Moscow time): the place went to other applicants. A later matching round will not offer it to you again.`,
      started: (title: string, host: string) => `The host marked your internship "${title}" (${host}) as started. Good luck!`,
      completed: (title: string, host: string) =>
        `The host marked your internship "${title}" (${host}) as completed and recorded its evaluation.`,
      'ended-early': (title: string, host: string) =>
        `The host ended your internship "${title}" (${host}) early. The reason is in your account; ask the programme's team if anything is unclear.`,
    },
    look: 'The details are in your account.',
    id: (id: string) => `Application number: ${id}`,
    footer: 'This is an automatic cadre mail; no need to reply.',
  },
} as const;

/** To the applicant, in their language: their offer expired unanswered, or the host started, completed or ended their internship early. */
export const placementNewsMail = (facts: PlacementNewsFacts): OutgoingMail => {
  const texts = TEXTS[facts.language];
  const programme = facts.programmeName[facts.language];
  const title = facts.offer.title[facts.language];
  const host = facts.offer.hostName[facts.language];
  const line =
    facts.news === 'expired'
      ? texts.line.expired(title, host, formatMoscowTime(facts.respondBy, facts.language))
      : texts.line[facts.news](title, host);
  return composeMail({
    to: [facts.to],
    subject: texts.subject[facts.news](programme),
    heading: `${programme} — ${facts.seasonTitle[facts.language]}`,
    lines: [line, texts.look, texts.id(facts.applicationId)],
    footer: texts.footer,
  });
};

/** One mail per placement and news: each step happens once. */
export const placementNewsMailId = (placementId: string, news: PlacementNews): string => `placement-${news}:${placementId}`;
