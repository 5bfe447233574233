import { AppError } from '../platform/errors/app-error.ts';

/** The releases' own refusals, one factory per rule (shared ones live in platform/errors). */

/**
 * A machine client no organisation registered: it may hold a valid token of the pool, yet reads for
 * nobody. 404 like every read outside the caller's organisation, with its own code so ops see what
 * to do.
 */
export const machineClientNotRegistered = (): AppError =>
  new AppError({
    code: 'machine-client-not-registered',
    status: 404,
    message: {
      ru: 'Этот машинный клиент не зарегистрирован ни за одной организацией: попросите сотрудников программы зарегистрировать его.',
      en: 'This machine client is not registered for any organisation: ask the programme’s staff to register it.',
    },
  });

export const machineClientTaken = (): AppError =>
  new AppError({
    code: 'machine-client-taken',
    status: 409,
    message: {
      ru: 'Этот машинный клиент уже зарегистрирован за другой организацией: сначала удалите его там.',
      en: 'This machine client is registered for another organisation: remove it there first.',
    },
    fields: [
      {
        field: 'params.clientId',
        code: 'machine-client-taken',
        message: { ru: 'Клиент другой организации', en: 'Another organisation’s client' },
      },
    ],
  });

export const noReleasesToExport = (): AppError =>
  new AppError({
    code: 'no-releases-to-export',
    status: 409,
    message: {
      ru: 'За этот сезон организации не передано ни одной заявки, которую можно прочитать сейчас: выгружать нечего.',
      en: 'No application of this season released to the organisation can be read now: there is nothing to export.',
    },
    fields: [{ field: 'body.seasonId', code: 'no-releases-to-export', message: { ru: 'Нечего выгружать', en: 'Nothing to export' } }],
  });

export const tooManyReleasesToExport = (max: number): AppError =>
  new AppError({
    code: 'too-many-releases-to-export',
    status: 422,
    message: {
      ru: `Одна выгрузка содержит не больше ${max} заявок; используйте API для партнёров (постранично).`,
      en: `One export holds at most ${max} applications; read them page by page through the partner API.`,
    },
    fields: [{ field: 'body.seasonId', code: 'too-many-releases-to-export', message: { ru: 'Слишком много', en: 'Too many' } }],
  });
