import type { Programme } from '../../catalogue/domain/config/programme-schema.ts';
import type { ReviewRubric } from '../../catalogue/domain/config/review-rubric-schema.ts';
import type { Season } from '../../catalogue/domain/seasons/season-schema.ts';
import { composeMail } from '../../mail/domain/compose-mail.ts';
import { formatMoscowTime } from '../../mail/domain/format-moscow-time.ts';
import type { OutgoingMail } from '../../mail/ports/mailer.ts';

type Language = 'ru' | 'en';

const TEXTS = {
  ru: {
    subject: (programme: string) => `Оценки ждут вас: ${programme}`,
    open: (count: number, rubric: string) => `Незавершённых оценок по рубрике «${rubric}»: ${count}.`,
    deadline: (at: string) => `Срок: ${at} (время московское); после него оценки закрываются.`,
    where: (seasonId: string) => `Ваши назначения: GET /me/reviews?seasonId=${seasonId}`,
    footer: 'Это напоминание cadre эксперту программы; их число за сезон ограничено.',
  },
  en: {
    subject: (programme: string) => `Reviews waiting for you: ${programme}`,
    open: (count: number, rubric: string) => `Unfinished reviews on the rubric "${rubric}": ${count}.`,
    deadline: (at: string) => `Deadline: ${at} (Moscow time); reviews are locked after it.`,
    where: (seasonId: string) => `Your assignments: GET /me/reviews?seasonId=${seasonId}`,
    footer: 'This is a cadre reminder to an expert of the programme; a season sends only a few.',
  },
} as const;

/** Tells an expert, in their language, how many reviews on a rubric they still owe and by when. */
export const reviewReminderMail = (
  expert: { readonly email: string; readonly language: Language },
  programme: Programme,
  season: Season,
  rubric: ReviewRubric,
  open: number,
  deadline: string | undefined,
): OutgoingMail => {
  const texts = TEXTS[expert.language];
  const programmeName = programme.settings.name[expert.language];
  return composeMail({
    to: [expert.email],
    subject: texts.subject(programmeName),
    heading: `${programmeName} — ${season.title[expert.language]}`,
    lines: [
      texts.open(open, rubric.name[expert.language]),
      ...(deadline === undefined ? [] : [texts.deadline(formatMoscowTime(deadline, expert.language))]),
      texts.where(season.id),
    ],
    footer: texts.footer,
  });
};
