import { AppError } from '../platform/errors/app-error.ts';

/** The certificates' own refusals, one factory per rule (shared ones live in platform/errors). */

export const certificateNotIssued = (): AppError =>
  new AppError({
    code: 'certificate-not-issued',
    status: 409,
    message: {
      ru: 'Сертификат ещё выдаётся: отозвать или скачать его можно, когда он будет выдан (обычно в течение минуты).',
      en: 'The certificate is still being issued: it can be revoked or downloaded once issued (usually within a minute).',
    },
    fields: [{ field: 'params.certificateId', code: 'certificate-not-issued', message: { ru: 'Ещё не выдан', en: 'Not issued yet' } }],
  });

export const certificateRevokedOtherwise = (): AppError =>
  new AppError({
    code: 'certificate-revoked',
    status: 409,
    message: {
      ru: 'Сертификат уже отозван по другой причине: отзыв не меняется.',
      en: 'The certificate was already revoked for another reason: a revocation does not change.',
    },
    fields: [{ field: 'body.reason', code: 'certificate-revoked', message: { ru: 'Уже отозван', en: 'Already revoked' } }],
  });
