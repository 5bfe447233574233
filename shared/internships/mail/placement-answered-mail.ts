import { composeMail } from '../../mail/domain/compose-mail.ts';
import type { OutgoingMail } from '../../mail/ports/mailer.ts';
import type { LocalisedText } from '../../platform/errors/app-error.ts';
import type { OfferFacts } from '../ports/offer-facts.ts';

export interface PlacementAnsweredFacts {
  readonly to: string;
  readonly language: 'ru' | 'en';
  readonly programmeName: LocalisedText;
  readonly seasonTitle: LocalisedText;
  readonly answer: 'accepted' | 'declined';
  readonly applicationId: string;
  readonly offer: OfferFacts;
}

const TEXTS = {
  ru: {
    subject: (programme: string, accepted: boolean) =>
      `${programme}: ${accepted ? 'участник принял предложение стажировки' : 'участник отказался от стажировки'}`,
    who: (id: string) => `Участник (заявка № ${id})`,
    accepted: (who: string, title: string) => `${who} принял(а) предложение стажировки «${title}».`,
    declined: (who: string, title: string) =>
      `${who} отказался(-ась) от стажировки «${title}»: место вернулось и может быть предложено в следующем туре распределения.`,
    dates: (from: string, to: string) =>
      `Сроки стажировки: с ${from} по ${to}. Отметьте её начало в кабинете организации, когда стажёр приступит.`,
    noName:
      'Имя и контакты участника организация получает только с его согласия, через передачу данных в кабинете, где каждое чтение записывается; заявку можно найти по её номеру.',
    footer: 'Это автоматическое письмо cadre; отвечать на него не нужно.',
  },
  en: {
    subject: (programme: string, accepted: boolean) =>
      `${programme}: ${accepted ? 'an applicant accepted an internship offer' : 'an applicant declined an internship'}`,
    who: (id: string) => `The applicant (application no. ${id})`,
    accepted: (who: string, title: string) => `${who} accepted the internship offer "${title}".`,
    declined: (who: string, title: string) =>
      `${who} declined the internship "${title}": the seat is back and may be offered in the next matching round.`,
    dates: (from: string, to: string) =>
      `The internship runs from ${from} to ${to}. Mark its start in your organisation’s account when the intern begins.`,
    noName:
      'An applicant’s name and contacts reach the organisation only with their consent, through the data release in your account, where every read is logged; find the application by its number.',
    footer: 'This is an automatic cadre mail; no need to reply.',
  },
} as const;

/**
 * To one contact of the host organisation, in their language: an applicant accepted or declined
 * the offer of its internship, by the application's number, which the host's account shows: names
 * reach a host only through a logged data release.
 */
export const placementAnsweredMail = (facts: PlacementAnsweredFacts): OutgoingMail => {
  const texts = TEXTS[facts.language];
  const programme = facts.programmeName[facts.language];
  const accepted = facts.answer === 'accepted';
  const who = texts.who(facts.applicationId);
  const title = facts.offer.title[facts.language];
  return composeMail({
    to: [facts.to],
    subject: texts.subject(programme, accepted),
    heading: `${programme} — ${facts.seasonTitle[facts.language]}`,
    lines: [
      accepted ? texts.accepted(who, title) : texts.declined(who, title),
      ...(accepted ? [texts.dates(facts.offer.startsOn, facts.offer.endsOn)] : []),
      texts.noName,
    ],
    footer: texts.footer,
  });
};

/** One mail per answer and contact: the answer is given once, and a repeated write queues nothing twice. */
export const placementAnsweredMailId = (placementId: string, answer: 'accepted' | 'declined', contactIndex: number): string =>
  `placement-${answer}:${placementId}:host-${contactIndex}`;
