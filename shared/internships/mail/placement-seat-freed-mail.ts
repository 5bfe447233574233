import { composeMail } from '../../mail/domain/compose-mail.ts';
import type { OutgoingMail } from '../../mail/ports/mailer.ts';
import type { LocalisedText } from '../../platform/errors/app-error.ts';
import type { OfferFacts } from '../ports/offer-facts.ts';

export interface PlacementSeatFreedFacts {
  readonly to: string;
  readonly language: 'ru' | 'en';
  readonly programmeName: LocalisedText;
  readonly seasonTitle: LocalisedText;
  readonly why: 'declined' | 'expired';
  readonly applicationId: string;
  readonly offer: OfferFacts;
}

const TEXTS = {
  ru: {
    subject: (programme: string) => `${programme}: место на стажировке освободилось`,
    freed: (why: 'declined' | 'expired', title: string, host: string) =>
      `${why === 'declined' ? 'Участник отказался от' : 'Участник не ответил в срок на предложение'} стажировки «${title}» (${host}): место вернулось к предложению.`,
    round: 'Его можно предложить в следующем туре распределения этапа.',
    id: (id: string) => `Номер заявки: ${id}`,
    footer: 'Это автоматическое уведомление cadre для команды программы.',
  },
  en: {
    subject: (programme: string) => `${programme}: an internship seat is free again`,
    freed: (why: 'declined' | 'expired', title: string, host: string) =>
      `${why === 'declined' ? 'An applicant declined' : 'An applicant did not answer in time'} the internship "${title}" (${host}): the seat is back on the offer.`,
    round: 'A later matching round of the stage can offer it.',
    id: (id: string) => `Application number: ${id}`,
    footer: 'This is an automatic cadre notice for the programme’s team.',
  },
} as const;

/**
 * To the programme's contact address, as the `notifyStaff` notices go: a placement was declined or
 * expired unanswered, so its seat can go to a later round. The application by its number only.
 */
export const placementSeatFreedMail = (facts: PlacementSeatFreedFacts): OutgoingMail => {
  const texts = TEXTS[facts.language];
  const programme = facts.programmeName[facts.language];
  return composeMail({
    to: [facts.to],
    subject: texts.subject(programme),
    heading: `${programme} — ${facts.seasonTitle[facts.language]}`,
    lines: [
      texts.freed(facts.why, facts.offer.title[facts.language], facts.offer.hostName[facts.language]),
      texts.round,
      texts.id(facts.applicationId),
    ],
    footer: texts.footer,
  });
};

/** One notice per freed seat. */
export const placementSeatFreedMailId = (placementId: string): string => `placement-seat-freed:${placementId}`;
