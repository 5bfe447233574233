import { AppError } from '../platform/errors/app-error.ts';
import type { ConsentTextKind } from './domain/consents/consent-texts.ts';

/** The applicant domain's own refusals, one factory per rule (shared ones live in shared/errors). */

export const consentTextNotCurrent = (kind: ConsentTextKind, currentVersion: string): AppError =>
  new AppError({
    code: 'consent-text-not-current',
    status: 400,
    message: {
      ru: `Согласие даётся только на действующий текст: ${currentVersion}. Прочитайте его (GET /consent-texts) и повторите.`,
      en: `Consent can be given only to the current text, ${currentVersion}. Read it (GET /consent-texts) and try again.`,
    },
    fields: [
      {
        field: 'body.textVersion',
        code: 'consent-text-not-current',
        message: {
          ru: `Неизвестная или устаревшая версия текста (${kind}); действующая: ${currentVersion}`,
          en: `Unknown or outdated text version (${kind}); the current one is ${currentVersion}`,
        },
      },
    ],
  });

export const noConsentToWithdraw = (): AppError =>
  new AppError({
    code: 'consent-not-given',
    status: 409,
    message: {
      ru: 'Согласие на обработку персональных данных не действует: отзывать нечего.',
      en: 'No consent to the processing of personal data is in force: there is nothing to withdraw.',
    },
  });
