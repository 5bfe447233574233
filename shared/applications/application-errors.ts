import { AppError, type FieldProblem } from '../platform/errors/app-error.ts';
import { validationFailed } from '../platform/errors/common-errors.ts';

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

/** A season list filtered by a stage or track its programme does not declare, or by no region: a mistake to name, not an empty page. */
export const unknownListFilters = (unknown: {
  readonly stage?: string | undefined;
  readonly track?: string | undefined;
  readonly region?: string | undefined;
}): AppError => {
  const fields: FieldProblem[] = [];
  if (unknown.stage !== undefined) {
    fields.push({
      field: 'query.stage',
      code: 'unknown-stage',
      message: { ru: `В программе нет этапа «${unknown.stage}»`, en: `The programme has no stage "${unknown.stage}"` },
    });
  }
  if (unknown.track !== undefined) {
    fields.push({
      field: 'query.track',
      code: 'unknown-track',
      message: { ru: `В программе нет трека «${unknown.track}»`, en: `The programme has no track "${unknown.track}"` },
    });
  }
  if (unknown.region !== undefined) {
    fields.push({
      field: 'query.region',
      code: 'unknown-region',
      message: {
        ru: `Нет субъекта РФ с кодом «${unknown.region}»: коды перечислены в GET /regions`,
        en: `There is no subject of the Russian Federation with the code "${unknown.region}": GET /regions lists the codes`,
      },
    });
  }
  return validationFailed(fields);
};
