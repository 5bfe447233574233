import { composeMail } from '../../mail/domain/compose-mail.ts';
import type { OutgoingMail } from '../../mail/ports/mailer.ts';
import type { MentoringMailFacts } from './mentoring-mail-facts.ts';

const TEXTS = {
  ru: {
    subject: (programme: string) => `${programme}: проект ждёт вашего согласия`,
    body: 'Вам предложен наставляемый: его проект прошёл экспертную оценку и подходит вам по сфере и языку.',
    act: (id: string) => `Прочтите проект и ответьте, берёте ли вы его: POST /me/mentoring/${id}/agreement.`,
    footer: 'Это автоматическое письмо cadre; отвечать на него не нужно.',
  },
  en: {
    subject: (programme: string) => `${programme}: a project awaits your agreement`,
    body: 'A mentee is proposed to you: their project passed the expert evaluation and fits your spheres and language.',
    act: (id: string) => `Read the project and answer whether you take it: POST /me/mentoring/${id}/agreement.`,
    footer: 'This is an automatic cadre mail; no need to reply.',
  },
} as const;

/** To the mentor of a proposed pair (by a matching or by staff): a project waits for their answer. No mentee's data: it is behind the API. */
export const mentoringProposalMail = (facts: MentoringMailFacts): OutgoingMail => {
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
