import { AppError } from '../platform/errors/app-error.ts';
import type { ConsentTextKind } from './domain/consents/consent-texts.ts';
import type { DataSharingPurpose } from './domain/consents/data-sharing.ts';

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

export const fieldsNotInText = (textVersion: string, fields: readonly string[]): AppError =>
  new AppError({
    code: 'fields-not-in-text',
    status: 400,
    message: {
      ru: `Текст ${textVersion} не предусматривает передачу полей: ${fields.join(', ')}. Выберите поля из перечня текста.`,
      en: `The text ${textVersion} does not cover the fields ${fields.join(', ')}. Choose fields from the text's list.`,
    },
    fields: [
      {
        field: 'body.fields',
        code: 'fields-not-in-text',
        message: { ru: 'Поле вне перечня текста согласия', en: 'A field outside the consent text’s list' },
      },
    ],
  });

export const noDataSharingToWithdraw = (purpose: DataSharingPurpose): AppError =>
  new AppError({
    code: 'data-sharing-not-given',
    status: 409,
    message: {
      ru: `Согласие на передачу сведений (${purpose === 'region' ? 'органу по молодёжной политике региона' : 'принимающей организации'}) не действует: отзывать нечего.`,
      en: `No consent to sharing data (${purpose === 'region' ? 'with the youth-policy body of your region' : 'with the host organisation'}) is in force: there is nothing to withdraw.`,
    },
    fields: [
      { field: 'body.purpose', code: 'data-sharing-not-given', message: { ru: 'Согласие не действует', en: 'No consent in force' } },
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

/**
 * 152-FZ: nothing of a person is stored before they consent to its processing, nor after they
 * withdraw it (what is stored already stays readable to them). 409, not 403: the caller is
 * authorised; the state of their consent conflicts with the write, and they can change it
 * themselves (POST /me/consents), then repeat the same request. 403 stays what the route table's
 * roles answer.
 */
export const consentRequired = (personalData: 'missing' | 'withdrawn', currentTextVersion: string): AppError =>
  new AppError({
    code: 'consent-required',
    status: 409,
    message:
      personalData === 'withdrawn'
        ? {
            ru: `Вы отозвали согласие на обработку персональных данных: новые данные не сохраняются. Чтобы продолжить, снова дайте согласие (POST /me/consents) на действующий текст из GET /consent-texts (сейчас ${currentTextVersion}) и повторите запрос.`,
            en: `You withdrew your consent to the processing of personal data: no new data is stored. To continue, consent again (POST /me/consents) to the current text from GET /consent-texts (now ${currentTextVersion}) and repeat the request.`,
          }
        : {
            ru: `Сначала дайте согласие на обработку персональных данных: POST /me/consents с действующей версией текста из GET /consent-texts (сейчас ${currentTextVersion}), затем повторите запрос. До согласия ваши данные не сохраняются.`,
            en: `First give your consent to the processing of personal data: POST /me/consents with the current text version from GET /consent-texts (now ${currentTextVersion}), then repeat the request. Nothing of yours is stored before you consent.`,
          },
  });
