import { AppError, type FieldProblem } from './app-error.ts';

/**
 * The refusals every capability shares. Capability-specific rules define their own
 * errors next to the rule (one factory per rule) using the same AppError shape.
 */
export const validationFailed = (fields: readonly FieldProblem[]): AppError =>
  new AppError({
    code: 'validation-failed',
    status: 400,
    message: {
      ru: 'Запрос содержит ошибки: исправьте перечисленные поля.',
      en: 'The request has errors: fix the fields listed.',
    },
    fields,
  });

export const malformedJson = (): AppError =>
  new AppError({
    code: 'malformed-json',
    status: 400,
    message: { ru: 'Тело запроса не является корректным JSON.', en: 'The request body is not valid JSON.' },
    fields: [{ field: 'body', code: 'malformed-json', message: { ru: 'Некорректный JSON', en: 'Invalid JSON' } }],
  });

export const tooDeeplyNested = (maxDepth: number): AppError =>
  new AppError({
    code: 'too-deeply-nested',
    status: 400,
    message: {
      ru: `Тело запроса вложено глубже ${maxDepth} уровней.`,
      en: `The request body nests deeper than ${maxDepth} levels.`,
    },
    fields: [
      {
        field: 'body',
        code: 'too-deeply-nested',
        message: { ru: `Не более ${maxDepth} уровней вложенности`, en: `At most ${maxDepth} levels of nesting` },
      },
    ],
  });

export const unsupportedMediaType = (expected = 'application/json'): AppError =>
  new AppError({
    code: 'unsupported-media-type',
    status: 415,
    message: {
      ru: `Тело запроса должно быть в формате ${expected}.`,
      en: `The request body must be ${expected}.`,
    },
    fields: [
      {
        field: 'headers.content-type',
        code: 'unsupported-media-type',
        message: { ru: `Ожидается ${expected}`, en: `Expected ${expected}` },
      },
    ],
  });

export const malformedText = (): AppError =>
  new AppError({
    code: 'malformed-text',
    status: 400,
    message: { ru: 'Тело запроса не является текстом в UTF-8.', en: 'The request body is not UTF-8 text.' },
    fields: [{ field: 'body', code: 'malformed-text', message: { ru: 'Некорректный UTF-8', en: 'Invalid UTF-8' } }],
  });

export const payloadTooLarge = (limitBytes: number): AppError =>
  new AppError({
    code: 'payload-too-large',
    status: 413,
    message: {
      ru: `Тело запроса больше допустимых ${limitBytes} байт.`,
      en: `The request body exceeds the ${limitBytes}-byte limit.`,
    },
    fields: [{ field: 'body', code: 'too-large', message: { ru: `Не более ${limitBytes} байт`, en: `At most ${limitBytes} bytes` } }],
  });

const TOKEN_PROBLEMS = {
  missing: { ru: 'Токен не передан', en: 'No token was sent' },
  malformed: { ru: 'Токен не удаётся прочитать', en: 'The token cannot be read' },
  expired: { ru: 'Срок действия токена истёк: получите новый', en: 'The token has expired: get a new one' },
  invalid: { ru: 'Подпись или издатель токена не подходят', en: 'The token signature or issuer is not accepted' },
} as const;

export const unauthorized = (reason: keyof typeof TOKEN_PROBLEMS): AppError =>
  new AppError({
    code: `token-${reason}`,
    status: 401,
    message: {
      ru: 'Нужен действующий токен доступа (заголовок Authorization: Bearer …).',
      en: 'A valid access token is required (Authorization: Bearer … header).',
    },
    fields: [{ field: 'headers.authorization', code: `token-${reason}`, message: TOKEN_PROBLEMS[reason] }],
    headers: { 'www-authenticate': 'Bearer' },
  });

/**
 * A token the authorizer of a route both user pools call refused (not one of our pools', or not a
 * bearer JWT at all). API Gateway answers an HTTP API Lambda authorizer's refusal with 403 and
 * nothing else; the local gateway answers the same status and says why.
 */
export const tokenRefused = (reason: Exclude<keyof typeof TOKEN_PROBLEMS, 'missing'>): AppError =>
  new AppError({
    code: `token-${reason}`,
    status: 403,
    message: {
      ru: 'Токен не принят: нужен действующий токен доступа cadre (заголовок Authorization: Bearer …).',
      en: 'The token was refused: a valid cadre access token is required (Authorization: Bearer … header).',
    },
    fields: [{ field: 'headers.authorization', code: `token-${reason}`, message: TOKEN_PROBLEMS[reason] }],
  });

export const forbidden = (): AppError =>
  new AppError({
    code: 'forbidden',
    status: 403,
    message: {
      ru: 'Вашей роли это действие недоступно.',
      en: 'Your role may not perform this action.',
    },
  });

/** Deliberately identical for "does not exist" and "not yours", so ids cannot be probed. */
export const notFound = (what: string): AppError =>
  new AppError({
    code: 'not-found',
    status: 404,
    message: { ru: 'Запрошенный ресурс не найден.', en: `The requested ${what} was not found.` },
  });

export const routeNotFound = (): AppError =>
  new AppError({
    code: 'route-not-found',
    status: 404,
    message: { ru: 'Такого адреса в API нет.', en: 'There is no such path in the API.' },
  });

export const methodNotAllowed = (allowed: readonly string[]): AppError =>
  new AppError({
    code: 'method-not-allowed',
    status: 405,
    message: {
      ru: `Метод не поддерживается. Допустимы: ${allowed.join(', ')}.`,
      en: `Method not allowed. Allowed: ${allowed.join(', ')}.`,
    },
    headers: { allow: allowed.join(', ') },
  });

export const versionConflict = (currentVersion: number): AppError =>
  new AppError({
    code: 'version-conflict',
    status: 409,
    message: {
      ru: `Запись уже изменена (текущая версия ${currentVersion}). Перечитайте её и повторите.`,
      en: `The record has changed (current version ${currentVersion}). Read it again and retry.`,
    },
    fields: [{ field: 'body.version', code: 'stale', message: { ru: 'Устаревшая версия', en: 'Stale version' } }],
  });
