import { composeMail } from '../../mail/domain/compose-mail.ts';
import type { OutgoingMail } from '../../mail/ports/mailer.ts';
import type { MentoringMailFacts } from './mentoring-mail-facts.ts';

const TEXTS = {
  ru: {
    subject: (programme: string) => `${programme}: напишите рекомендательное письмо`,
    body: 'Наставничество подведено к итогам: ваш наставляемый получает сертификат и ждёт от вас рекомендательного письма.',
    act: (id: string) =>
      `Напишите его на платформе (черновик можно сохранять), затем подпишите окончательно: PUT /me/mentoring/${id}/recommendation-letter.`,
    footer: 'Это автоматическое письмо cadre; отвечать на него не нужно.',
  },
  en: {
    subject: (programme: string) => `${programme}: please write a recommendation letter`,
    body: 'The mentoring has been summed up: your mentee receives a certificate and awaits your recommendation letter.',
    act: (id: string) => `Write it on the platform (drafts are kept), then sign it off: PUT /me/mentoring/${id}/recommendation-letter.`,
    footer: 'This is an automatic cadre mail; no need to reply.',
  },
} as const;

/** The `requestRecommendationLetter` effect's mail to the pair's mentor. */
export const letterRequestMail = (facts: MentoringMailFacts): OutgoingMail => {
  const texts = TEXTS[facts.language];
  const programme = facts.programmeName[facts.language];
  return composeMail({
    to: [facts.to],
    subject: texts.subject(programme),
    heading: `${programme} — ${facts.seasonTitle[facts.language]}`,
    lines: [texts.body, texts.act(facts.pairId)],
    footer: texts.footer,
  });
};
