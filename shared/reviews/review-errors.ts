import { AppError } from '../platform/errors/app-error.ts';

/** The reviews rules' own refusals, one factory per rule (shared ones live in platform/errors). */

/** The expert must describe themselves before staff can add them to a pool. */
export const expertProfileMissing = (): AppError =>
  new AppError({
    code: 'expert-profile-missing',
    status: 409,
    message: {
      ru: 'У эксперта ещё нет профиля: он заполняет его сам (PUT /me/expert-profile).',
      en: 'The expert has no profile yet: they fill it in themselves (PUT /me/expert-profile).',
    },
    fields: [
      { field: 'params.expertId', code: 'expert-profile-missing', message: { ru: 'Нет профиля эксперта', en: 'No expert profile' } },
    ],
  });

/** Staff asked for more than the expert agreed to take in a season. */
export const capacityAboveExpertLimit = (limit: number): AppError =>
  new AppError({
    code: 'capacity-above-expert-limit',
    status: 422,
    message: {
      ru: `Эксперт берёт не больше ${limit} оценок за сезон.`,
      en: `The expert takes at most ${limit} reviews a season.`,
    },
    fields: [
      {
        field: 'body.capacity',
        code: 'capacity-above-expert-limit',
        message: { ru: `Не больше ${limit}`, en: `At most ${limit}` },
      },
    ],
  });

/** A capacity below what the expert already holds would leave them over it. */
export const capacityBelowLoad = (load: number): AppError =>
  new AppError({
    code: 'capacity-below-load',
    status: 409,
    message: {
      ru: `У эксперта уже ${load} назначений: ёмкость не может быть меньше.`,
      en: `The expert already holds ${load} assignments: the capacity cannot be lower.`,
    },
    fields: [{ field: 'body.capacity', code: 'capacity-below-load', message: { ru: `Не меньше ${load}`, en: `At least ${load}` } }],
  });

/** An expert who still holds unfinished reviews stays in the pool until staff reassign them. */
export const expertHasOpenReviews = (open: number): AppError =>
  new AppError({
    code: 'expert-has-open-reviews',
    status: 409,
    message: {
      ru: `У эксперта ${open} незавершённых оценок: сначала снимите назначения.`,
      en: `The expert has ${open} unfinished reviews: withdraw those assignments first.`,
    },
    fields: [
      { field: 'params.expertId', code: 'expert-has-open-reviews', message: { ru: 'Есть незавершённые оценки', en: 'Unfinished reviews' } },
    ],
  });
