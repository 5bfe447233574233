import { AppError } from '../platform/errors/app-error.ts';

export const mailNotFailed = (): AppError =>
  new AppError({
    code: 'mail-not-failed',
    status: 409,
    message: {
      ru: 'Это письмо не числится недоставленным: оно уже в очереди или отправлено.',
      en: 'This mail is not undeliverable: it is queued again or already sent.',
    },
  });
