import { composeMail } from '../../mail/domain/compose-mail.ts';
import type { OutgoingMail } from '../../mail/ports/mailer.ts';
import type { MentoringMailFacts } from './mentoring-mail-facts.ts';

const TEXTS = {
  ru: {
    subject: (programme: string) => `${programme}: наставническая пара завершена`,
    mentor:
      'Сотрудник программы завершил вашу наставническую пару: продолжать работу с этим проектом не нужно, место в пуле снова свободно.',
    mentee:
      'Ваш наставник больше не может продолжать работу. Заявка вернулась на этап согласования с наставником: программа подберёт вам другого наставника и сообщит об этом.',
    pair: (id: string) => `Пара: ${id}.`,
    footer: 'Это автоматическое письмо cadre; отвечать на него не нужно.',
  },
  en: {
    subject: (programme: string) => `${programme}: a mentoring pair has ended`,
    mentor:
      'The programme’s staff have ended your mentoring pair: there is no need to go on with this project, and your place in the pool is free again.',
    mentee:
      'Your mentor can no longer go on. Your application is back at the mentor agreement stage: the programme will find you another mentor and let you know.',
    pair: (id: string) => `Pair: ${id}.`,
    footer: 'This is an automatic cadre mail; no need to reply.',
  },
} as const;

/**
 * Staff ended a pair: to its mentor, and to the mentee whose mentor dropped out (they wait for
 * another). Neither learns the other's details or staff's note.
 */
export const pairEndedMail = (facts: MentoringMailFacts, audience: 'mentor' | 'mentee'): OutgoingMail => {
  const texts = TEXTS[facts.language];
  const programme = facts.programmeName[facts.language];
  return composeMail({
    to: [facts.to],
    subject: texts.subject(programme),
    heading: `${programme} — ${facts.seasonTitle[facts.language]}`,
    lines: [texts[audience], texts.pair(facts.pairId)],
    footer: texts.footer,
  });
};
