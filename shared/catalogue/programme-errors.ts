import { AppError } from '../platform/errors/app-error.ts';

/** The catalogue's own refusals, one factory per rule (shared ones live in shared/errors). */

export const programmeAlreadyExists = (programmeId: string): AppError =>
  new AppError({
    code: 'programme-exists',
    status: 409,
    message: { ru: `Программа «${programmeId}» уже существует.`, en: `The programme "${programmeId}" already exists.` },
    fields: [{ field: 'body.id', code: 'taken', message: { ru: 'Идентификатор занят', en: 'This id is taken' } }],
  });

export const seasonAlreadyExists = (seasonId: string): AppError =>
  new AppError({
    code: 'season-exists',
    status: 409,
    message: { ru: `Сезон «${seasonId}» уже существует.`, en: `The season "${seasonId}" already exists.` },
    fields: [{ field: 'body.id', code: 'taken', message: { ru: 'Идентификатор занят', en: 'This id is taken' } }],
  });

export const seasonAlreadyOpen = (seasonId: string): AppError =>
  new AppError({
    code: 'season-already-open',
    status: 409,
    message: { ru: `Сезон «${seasonId}» уже открыт.`, en: `The season "${seasonId}" is already open.` },
  });

export const seasonClosed = (seasonId: string): AppError =>
  new AppError({
    code: 'season-closed',
    status: 409,
    message: {
      ru: `Сезон «${seasonId}» закрыт; открыть его снова нельзя.`,
      en: `The season "${seasonId}" is closed and cannot be opened again.`,
    },
  });

/** Staff scoped to particular programmes may not create new ones (their token lists what they run). */
export const programmeScopeRequired = (): AppError =>
  new AppError({
    code: 'programme-scope-required',
    status: 403,
    message: {
      ru: 'Создавать программы могут только сотрудники с доступом ко всем программам.',
      en: 'Only staff with access to every programme may create programmes.',
    },
  });
