import { AppError } from '../platform/errors/app-error.ts';

/** The person asked for more exports than the window allows; nothing was read or counted. */
export const tooManyExports = (retryAfterSeconds: number): AppError =>
  new AppError({
    code: 'too-many-exports',
    status: 429,
    message: {
      ru: `Слишком много выгрузок за короткое время. Повторите через ${retryAfterSeconds} с.`,
      en: `Too many exports in a short time. Try again in ${retryAfterSeconds} s.`,
    },
    headers: { 'retry-after': String(retryAfterSeconds) },
  });
