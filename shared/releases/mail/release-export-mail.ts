import { composeMail } from '../../mail/domain/compose-mail.ts';
import { formatMoscowTime } from '../../mail/domain/format-moscow-time.ts';
import type { OutgoingMail } from '../../mail/ports/mailer.ts';
import type { LocalisedText } from '../../platform/errors/app-error.ts';

export interface ReleaseExportMailFacts {
  readonly to: string;
  readonly language: 'ru' | 'en';
  readonly organisationName: LocalisedText;
  readonly seasonId: string;
  readonly applications: number;
  readonly link: string;
  readonly linkValidUntil: string;
}

const TEXTS = {
  ru: {
    subject: 'cadre: выгрузка сведений финалистов',
    heading: (organisation: string) => `${organisation}: сведения, переданные с согласия участников`,
    ready: (season: string, count: number) => `Готов файл со сведениями ${count} заявок сезона ${season}, переданными вашей организации.`,
    link: (link: string) => `Скачать: ${link}`,
    until: (until: string) => `Ссылка действует до ${until} (по московскому времени); каждое скачивание записывается в журнал.`,
    law: 'Сведения переданы с согласия участников только для целей, указанных в нём (152-ФЗ): не пересылайте файл и удалите его, когда цель достигнута.',
    footer: 'Это автоматическое письмо cadre; отвечать на него не нужно.',
  },
  en: {
    subject: 'cadre: finalists’ data export',
    heading: (organisation: string) => `${organisation}: data passed on with the participants’ consent`,
    ready: (season: string, count: number) =>
      `A file with the data of ${count} applications of the season ${season} released to your organisation is ready.`,
    link: (link: string) => `Download: ${link}`,
    until: (until: string) => `The link works until ${until} (Moscow time); every download is logged.`,
    law: 'The data was passed on with the participants’ consent for the purposes it names only (152-FZ): do not forward the file, and delete it once the purpose is met.',
    footer: 'This is an automatic cadre mail; no need to reply.',
  },
} as const;

/** The mail that takes a push export's link to one contact of the organisation, in their language. */
export const releaseExportMail = (facts: ReleaseExportMailFacts): OutgoingMail => {
  const texts = TEXTS[facts.language];
  return composeMail({
    to: [facts.to],
    subject: texts.subject,
    heading: texts.heading(facts.organisationName[facts.language]),
    lines: [
      texts.ready(facts.seasonId, facts.applications),
      texts.link(facts.link),
      texts.until(formatMoscowTime(facts.linkValidUntil, facts.language)),
      texts.law,
    ],
    footer: texts.footer,
  });
};
