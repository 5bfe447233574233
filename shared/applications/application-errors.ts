import { AppError } from '../platform/errors/app-error.ts';

/** The applications capability's own refusals, one factory per rule (shared ones live in shared/errors). */

/** The guard item found an application of this applicant in the season; its id goes in Location. */
export const applicationExists = (existingApplicationId: string): AppError =>
  new AppError({
    code: 'application-exists',
    status: 409,
    message: {
      ru: `У вас уже есть заявка в этом сезоне: ${existingApplicationId}.`,
      en: `You already have an application in this season: ${existingApplicationId}.`,
    },
    fields: [
      {
        field: 'params.seasonId',
        code: 'application-exists',
        message: { ru: `Заявка ${existingApplicationId}`, en: `Application ${existingApplicationId}` },
      },
    ],
    headers: { location: `/applications/${existingApplicationId}` },
  });

export const seasonNotOpen = (seasonId: string): AppError =>
  new AppError({
    code: 'season-not-open',
    status: 409,
    message: { ru: `Сезон «${seasonId}» не принимает заявки.`, en: `The season "${seasonId}" is not accepting applications.` },
  });

export const applicationWindowClosed = (opensAt: string, closesAt: string): AppError =>
  new AppError({
    code: 'application-window-closed',
    status: 409,
    message: {
      ru: `Приём заявок идёт с ${opensAt} до ${closesAt}; сейчас он закрыт.`,
      en: `Applications are accepted from ${opensAt} to ${closesAt}; the window is closed now.`,
    },
  });

export const applicationFrozen = (): AppError =>
  new AppError({
    code: 'application-frozen',
    status: 409,
    message: {
      ru: 'Заявка уже подана или отозвана: ответы изменить нельзя.',
      en: 'The application has been submitted or withdrawn: its answers can no longer change.',
    },
  });

/** A stage move the programme's pipeline does not allow (the transition domain says why). */
export const transitionRefused = (code: string, message: { readonly ru: string; readonly en: string }): AppError =>
  new AppError({ code, status: 409, message });

export const processingStopped = (): AppError =>
  new AppError({
    code: 'processing-stopped',
    status: 409,
    message: {
      ru: 'Заявитель отозвал согласие на обработку персональных данных: заявка не обрабатывается.',
      en: 'The applicant withdrew consent to personal-data processing: the application is not processed.',
    },
  });
