import type { Programme } from '../domain/config/programme-schema.ts';
import type { OutgoingMail } from '../../mail/ports/mailer.ts';
import type { Season } from '../domain/seasons/season-schema.ts';
import { composeMail } from '../../mail/domain/compose-mail.ts';
import { formatMoscowTime } from '../../mail/domain/format-moscow-time.ts';

const TEXTS = {
  ru: {
    subject: (programme: string, season: string) => `Сезон открыт: ${programme} — ${season}`,
    opened: 'Сезон опубликован и принимает заявки.',
    window: (opens: string, closes: string) => `Приём заявок: с ${opens} до ${closes} (время московское).`,
    link: (path: string) => `Публичное описание сезона: ${path}`,
    footer: 'Это служебное уведомление cadre для команды программы.',
  },
  en: {
    subject: (programme: string, season: string) => `Season open: ${programme} — ${season}`,
    opened: 'The season is published and accepting applications.',
    window: (opens: string, closes: string) => `Applications: from ${opens} to ${closes} (Moscow time).`,
    link: (path: string) => `Public description of the season: ${path}`,
    footer: 'This is a cadre service notice for the programme team.',
  },
} as const;

/** Tells the programme's team, in their language, that a season is now public. */
export const seasonAnnouncementMail = (programme: Programme, season: Season): OutgoingMail => {
  const language = programme.settings.contact.language;
  const texts = TEXTS[language];
  const programmeName = programme.settings.name[language];
  const seasonTitle = season.title[language];
  const applicationStage = programme.settings.pipeline.stages.find((stage) => stage.initial === true)?.id;
  const window = season.calendar.find((entry) => entry.stage === applicationStage);
  const lines = [
    texts.opened,
    ...(window === undefined
      ? []
      : [texts.window(formatMoscowTime(window.opensAt, language), formatMoscowTime(window.closesAt, language))]),
    texts.link(`/seasons/${season.id}`),
  ];
  return composeMail({
    to: [programme.settings.contact.email],
    subject: texts.subject(programmeName, seasonTitle),
    heading: `${programmeName} — ${seasonTitle}`,
    lines,
    quote: season.description[language],
    footer: texts.footer,
  });
};
