import { composeMail } from '../../mail/domain/compose-mail.ts';
import type { OutgoingMail } from '../../mail/ports/mailer.ts';

/** The mail to the person who registered an endpoint, when it is paused for failing: what happened and how to resume. */
export const endpointPausedMail = (endpoint: {
  readonly id: string;
  readonly programmeId: string;
  readonly url: string;
  readonly language: 'ru' | 'en';
  readonly ownerEmail: string;
}): OutgoingMail =>
  endpoint.language === 'ru'
    ? composeMail({
        to: [endpoint.ownerEmail],
        subject: 'cadre: доставка уведомлений приостановлена',
        heading: `Программа ${endpoint.programmeId} — уведомления (webhooks)`,
        lines: [
          `Адрес ${endpoint.url} не принимает доставки уже сутки: каждая попытка заканчивалась ошибкой или тайм-аутом.`,
          'Доставка на него приостановлена. Новые события не теряются: они ждут и уйдут после возобновления.',
          `Исправьте приёмник и возобновите доставку: POST /webhook-endpoints/${endpoint.id}/resume. Журнал попыток: GET /webhook-endpoints/${endpoint.id}/deliveries.`,
        ],
        footer: 'Это письмо отправлено автоматически, потому что вы зарегистрировали этот адрес.',
      })
    : composeMail({
        to: [endpoint.ownerEmail],
        subject: 'cadre: webhook deliveries paused',
        heading: `Programme ${endpoint.programmeId} — webhooks`,
        lines: [
          `${endpoint.url} has not taken a delivery for a day: every attempt ended in an error or a timeout.`,
          'Deliveries to it are paused. No event is lost: they wait, and go out once it is resumed.',
          `Fix the receiver and resume: POST /webhook-endpoints/${endpoint.id}/resume. The attempts: GET /webhook-endpoints/${endpoint.id}/deliveries.`,
        ],
        footer: 'Sent automatically because you registered this endpoint.',
      });

/** One pause, one mail: the id names the endpoint and the moment it was paused. */
export const endpointPausedMailId = (endpointId: string, pausedAt: string): string => `webhook-endpoint-paused#${endpointId}#${pausedAt}`;
