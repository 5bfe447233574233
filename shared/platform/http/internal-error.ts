import { AppError } from '../errors/app-error.ts';

/** What the caller sees when we fail: no internals, only the correlation id to quote to support. */
export const internalError = (): AppError =>
  new AppError({
    code: 'internal-error',
    status: 500,
    message: {
      ru: 'Внутренняя ошибка сервиса. Сообщите в поддержку идентификатор запроса (correlationId).',
      en: 'Internal service error. Quote the correlationId to support.',
    },
  });
