import { AppError } from '../platform/errors/app-error.ts';

/** The partner registry's own refusals, one factory per rule (shared ones live in platform/errors). */

/** The registry serves every programme of the deployment, so only staff of every programme edit it. */
export const registryScopeRequired = (): AppError =>
  new AppError({
    code: 'registry-scope-required',
    status: 403,
    message: {
      ru: 'Реестр организаций-партнёров ведут только сотрудники с доступом ко всем программам.',
      en: 'Only staff with access to every programme may edit the registry of partner organisations.',
    },
  });

/** The caller's `custom:organisation` claim names no organisation of the registry (or there is no claim). */
export const organisationNotRegistered = (): AppError =>
  new AppError({
    code: 'organisation-not-registered',
    status: 404,
    message: {
      ru: 'Ваша учётная запись не относится к организации из реестра партнёров: попросите сотрудников программы зарегистрировать организацию или исправить учётную запись.',
      en: 'Your account belongs to no organisation in the partner registry: ask the programme’s staff to register it or to correct your account.',
    },
    fields: [
      {
        field: 'headers.authorization',
        code: 'organisation-not-registered',
        message: { ru: 'custom:organisation: организации нет в реестре', en: 'custom:organisation: not in the registry' },
      },
    ],
  });

/** The account says one region, the registry another: acting on either could release another region's data. */
export const organisationRegionMismatch = (claimed: string, registered: string): AppError =>
  new AppError({
    code: 'organisation-region-mismatch',
    status: 403,
    message: {
      ru: `В учётной записи указан регион ${claimed}, а организация зарегистрирована в регионе ${registered}: попросите сотрудников исправить учётную запись.`,
      en: `Your account names region ${claimed}, but your organisation is registered in region ${registered}: ask staff to correct your account.`,
    },
    fields: [
      {
        field: 'headers.authorization',
        code: 'organisation-region-mismatch',
        message: { ru: `custom:region: ожидается ${registered}`, en: `custom:region: expected ${registered}` },
      },
    ],
  });

export const organisationRetired = (): AppError =>
  new AppError({
    code: 'organisation-retired',
    status: 403,
    message: {
      ru: 'Ваша организация больше не партнёр программ: действовать от её имени нельзя.',
      en: 'Your organisation is no longer a partner of the programmes: nobody may act for it.',
    },
    fields: [
      {
        field: 'headers.authorization',
        code: 'organisation-retired',
        message: { ru: 'custom:organisation: организация больше не партнёр', en: 'custom:organisation: retired' },
      },
    ],
  });
