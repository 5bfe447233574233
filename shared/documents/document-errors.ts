import { AppError, type LocalisedText } from '../platform/errors/app-error.ts';
import type { RejectionReason } from './document-schema.ts';

/** The documents capability's own refusals, one factory per rule (shared ones live in shared/errors). */

export const REJECTION_MESSAGES: Record<RejectionReason, LocalisedText> = {
  'missing-object': {
    ru: 'Файл не загружен: по выданной форме ничего не поступило. Запросите загрузку заново.',
    en: 'No file was uploaded with the form issued. Request a new upload.',
  },
  empty: { ru: 'Файл пустой.', en: 'The file is empty.' },
  'too-large': { ru: 'Файл больше допустимого для этого документа размера.', en: 'The file is larger than this document allows.' },
  'signature-mismatch': {
    ru: 'Содержимое файла не соответствует заявленному формату.',
    en: 'The file’s content does not match the declared format.',
  },
  'too-long': { ru: 'Видео длиннее допустимого.', en: 'The video is longer than allowed.' },
  'unreadable-container': {
    ru: 'Не удаётся прочитать видеофайл и его длительность. Сохраните видео заново в MP4 или WebM.',
    en: 'The video file and its duration cannot be read. Save the video again as MP4 or WebM.',
  },
  infected: { ru: 'В файле обнаружено вредоносное содержимое.', en: 'The file contains malware.' },
  unscannable: {
    ru: 'Файл невозможно проверить на вредоносное содержимое. Загрузите его в другом виде.',
    en: 'The file cannot be scanned for malware. Upload it in another form.',
  },
};

/** 422: the request was well formed, the stored file is not acceptable; the record says why. */
export const documentRejected = (reason: RejectionReason): AppError =>
  new AppError({
    code: `document-${reason}`,
    status: 422,
    message: REJECTION_MESSAGES[reason],
    fields: [{ field: 'document', code: reason, message: REJECTION_MESSAGES[reason] }],
  });

export const unknownRequirement = (): AppError =>
  new AppError({
    code: 'unknown-requirement',
    status: 400,
    message: { ru: 'Программа не запрашивает такой документ.', en: 'The programme asks for no such document.' },
    fields: [
      { field: 'body.requirementId', code: 'unknown-requirement', message: { ru: 'Нет такого требования', en: 'No such requirement' } },
    ],
  });

export const requirementNotForTrack = (): AppError =>
  new AppError({
    code: 'requirement-not-for-track',
    status: 400,
    message: { ru: 'Этот документ не требуется на вашем треке.', en: 'This document is not asked of your track.' },
    fields: [
      { field: 'body.requirementId', code: 'requirement-not-for-track', message: { ru: 'Не для вашего трека', en: 'Not for your track' } },
    ],
  });

export const contentTypeNotAllowed = (allowed: readonly string[]): AppError =>
  new AppError({
    code: 'content-type-not-allowed',
    status: 400,
    message: {
      ru: `Этот документ принимается только в форматах: ${allowed.join(', ')}.`,
      en: `This document is accepted only as: ${allowed.join(', ')}.`,
    },
    fields: [
      {
        field: 'body.contentType',
        code: 'content-type-not-allowed',
        message: { ru: `Допустимо: ${allowed.join(', ')}`, en: `Allowed: ${allowed.join(', ')}` },
      },
    ],
  });

export const declaredSizeTooLarge = (maxBytes: number): AppError =>
  new AppError({
    code: 'file-too-large',
    status: 400,
    message: { ru: `Файл для этого документа — не более ${maxBytes} байт.`, en: `This document may be at most ${maxBytes} bytes.` },
    fields: [{ field: 'body.size', code: 'too-large', message: { ru: `Не более ${maxBytes} байт`, en: `At most ${maxBytes} bytes` } }],
  });

/** 409: the application has moved past the stage the document belongs to (or left the pipeline). */
export const requirementStagePassed = (): AppError =>
  new AppError({
    code: 'requirement-stage-passed',
    status: 409,
    message: {
      ru: 'Этап, для которого нужен этот документ, для заявки уже пройден.',
      en: 'The application is past the stage this document is for.',
    },
  });

/** 409: only verified documents can be downloaded. */
export const documentNotVerified = (): AppError =>
  new AppError({
    code: 'document-not-verified',
    status: 409,
    message: {
      ru: 'Документ ещё не проверен и недоступен для скачивания.',
      en: 'The document is not verified yet and cannot be downloaded.',
    },
  });

/** 409: confirm came before the upload finished; the form still works, so upload and confirm again. */
export const notUploadedYet = (): AppError =>
  new AppError({
    code: 'not-uploaded-yet',
    status: 409,
    message: {
      ru: 'Файл ещё не загружен. Загрузите его по выданной форме и подтвердите снова.',
      en: 'The file has not been uploaded yet. Upload it with the form issued, then confirm again.',
    },
  });

/**
 * 409: the application (or this requirement of it) already has as many upload forms waiting for
 * confirmation as it may. Each stops counting once its upload is confirmed or the form expires.
 */
export const tooManyPendingUploads = (scope: 'requirement' | 'application', cap: number, formMinutes: number): AppError => {
  const field =
    scope === 'requirement'
      ? {
          field: 'body.requirementId',
          message: {
            ru: `Не более ${cap} неподтверждённых загрузок этого документа`,
            en: `At most ${cap} unconfirmed uploads of this document`,
          },
        }
      : {
          field: 'params.applicationId',
          message: { ru: `Не более ${cap} неподтверждённых загрузок заявки`, en: `At most ${cap} unconfirmed uploads per application` },
        };
  return new AppError({
    code: 'too-many-pending-uploads',
    status: 409,
    message: {
      ru: `Уже выдано ${cap} форм загрузки, которые ещё не подтверждены. Загрузите файлы по ним и подтвердите, или подождите, пока неиспользованные формы истекут (форма действует ${formMinutes} мин).`,
      en: `${cap} upload forms issued are not confirmed yet. Upload the files with them and confirm, or wait for unused forms to expire (a form works for ${formMinutes} minutes).`,
    },
    fields: [{ field: field.field, code: 'too-many-pending-uploads', message: field.message }],
  });
};

/** 429: the caller asked for more upload forms than a window allows; `retry-after` says when the next one starts. */
export const tooManyUploadRequests = (retryAfterSeconds: number): AppError =>
  new AppError({
    code: 'too-many-upload-requests',
    status: 429,
    message: {
      ru: `Слишком много запросов на загрузку. Повторите через ${retryAfterSeconds} с.`,
      en: `Too many upload requests. Try again in ${retryAfterSeconds} s.`,
    },
    headers: { 'retry-after': String(retryAfterSeconds) },
  });
