import { AppError } from '../platform/errors/app-error.ts';
import type { WebhookUrlRefusal } from './domain/webhook-url.ts';

const URL_REFUSALS: Record<WebhookUrlRefusal, { readonly ru: string; readonly en: string }> = {
  'not-a-url': { ru: 'Это не адрес URL.', en: 'This is not a URL.' },
  'not-https': { ru: 'Адрес должен начинаться с https://.', en: 'The URL must start with https://.' },
  'credentials-in-url': {
    ru: 'В адресе не должно быть имени пользователя и пароля: доставку подтверждает подпись.',
    en: 'The URL must not carry a user name or password: the signature authenticates each delivery.',
  },
  'private-address': {
    ru: 'Адрес указывает на частную, локальную или служебную сеть: доставки идут только на публичные адреса.',
    en: 'The URL points to a private, loopback, link-local or metadata address: deliveries go to public addresses only.',
  },
  'internal-host-name': {
    ru: 'Имя узла не является публичным доменным именем.',
    en: 'The host name is not a public domain name.',
  },
};

export const webhookUrlRefused = (reason: WebhookUrlRefusal): AppError =>
  new AppError({
    code: 'webhook-url-refused',
    status: 422,
    message: URL_REFUSALS[reason],
    fields: [{ field: 'body.url', code: reason, message: URL_REFUSALS[reason] }],
  });

export const eventTypeNotForPartners = (index: number, type: string): AppError =>
  new AppError({
    code: 'event-type-not-for-partners',
    status: 422,
    message: {
      ru: `Партнёр может подписаться только на события своей организации (placement.changed, release.available), не на «${type}».`,
      en: `A partner subscribes only to its organisation's events (placement.changed, release.available), not "${type}".`,
    },
    fields: [
      {
        field: `body.eventTypes.${index}`,
        code: 'event-type-not-for-partners',
        message: { ru: 'Недоступно партнёру', en: 'Not for partners' },
      },
    ],
  });

export const tooManyWebhookEndpoints = (max: number): AppError =>
  new AppError({
    code: 'too-many-webhook-endpoints',
    status: 409,
    message: {
      ru: `Зарегистрировано уже ${max} адресов для этой программы: удалите ненужный.`,
      en: `${max} endpoints are registered for this programme already: remove one you no longer need.`,
    },
  });

export const endpointNotPaused = (): AppError =>
  new AppError({
    code: 'endpoint-not-paused',
    status: 409,
    message: { ru: 'Адрес не приостановлен.', en: 'The endpoint is not paused.' },
  });

export const deliveryQueuedAlready = (): AppError =>
  new AppError({
    code: 'delivery-queued-already',
    status: 409,
    message: {
      ru: 'Доставка уже ждёт следующей попытки.',
      en: 'The delivery is already waiting for its next attempt.',
    },
  });
