import type { LocalisedText } from '../../platform/errors/app-error.ts';
import { composeMail } from '../../mail/domain/compose-mail.ts';
import { formatMoscowTime } from '../../mail/domain/format-moscow-time.ts';
import type { OutgoingMail } from '../../mail/ports/mailer.ts';
import type { OfferFacts } from '../ports/offer-facts.ts';

export interface PlacementOfferedFacts {
  readonly to: string;
  readonly language: 'ru' | 'en';
  readonly programmeName: LocalisedText;
  readonly seasonTitle: LocalisedText;
  readonly applicationId: string;
  readonly offer: OfferFacts;
  readonly choiceRank: number;
  readonly respondBy: string;
}

const TEXTS = {
  ru: {
    subject: (programme: string) => `${programme}: вам предложена стажировка`,
    offered: (title: string, host: string) => `Вам предложена стажировка «${title}» (${host}).`,
    choice: (rank: number) => (rank === 1 ? 'Это ваш первый выбор.' : `Это ваш выбор № ${rank}.`),
    dates: (from: string, to: string, city: string | undefined) => `Сроки: с ${from} по ${to}${city === undefined ? '' : `, ${city}`}.`,
    answer: (until: string) =>
      `Примите или отклоните предложение в личном кабинете до ${until} (по московскому времени). Без ответа к этому сроку место перейдёт другому участнику.`,
    id: (id: string) => `Номер заявки: ${id}`,
    footer: 'Это автоматическое письмо cadre; отвечать на него не нужно.',
  },
  en: {
    subject: (programme: string) => `${programme}: you are offered an internship`,
    offered: (title: string, host: string) => `You are offered the internship "${title}" (${host}).`,
    choice: (rank: number) => (rank === 1 ? 'It is your first choice.' : `It is your choice no. ${rank}.`),
    dates: (from: string, to: string, city: string | undefined) => `Dates: ${from} to ${to}${city === undefined ? '' : `, ${city}`}.`,
    answer: (until: string) =>
      `Accept or decline it in your account by ${until} (Moscow time). Without an answer by then, the place goes to someone else.`,
    id: (id: string) => `Application number: ${id}`,
    footer: 'This is an automatic cadre mail; no need to reply.',
  },
} as const;

/** The offer of a placement a matching run made, in the applicant's language: where, when, and the deadline to answer. */
export const placementOfferedMail = (facts: PlacementOfferedFacts): OutgoingMail => {
  const texts = TEXTS[facts.language];
  const programme = facts.programmeName[facts.language];
  return composeMail({
    to: [facts.to],
    subject: texts.subject(programme),
    heading: `${programme} — ${facts.seasonTitle[facts.language]}`,
    lines: [
      texts.offered(facts.offer.title[facts.language], facts.offer.hostName[facts.language]),
      texts.choice(facts.choiceRank),
      texts.dates(facts.offer.startsOn, facts.offer.endsOn, facts.offer.city),
      texts.answer(formatMoscowTime(facts.respondBy, facts.language)),
      texts.id(facts.applicationId),
    ],
    footer: texts.footer,
  });
};

/** One offer mail per placement: a repeated page queues nothing twice. */
export const placementOfferedMailId = (placementId: string): string => `placement-offered:${placementId}`;
