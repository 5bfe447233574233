import { Webhook } from 'standardwebhooks';
import type { components } from './webhook-schema.ts';

/** The body of a delivery: what changed, as ids (never a person's data). Switch on `type`; ignore types you do not know. */
export type CadreWebhookEvent = components['schemas']['WebhookEvent'];
export type CadreWebhookEventType = components['schemas']['WebhookEventType'];

/**
 * How far a delivery's `webhook-timestamp` may be from the receiver's clock, either way: an older
 * delivery is refused as a replay. It is the Standard Webhooks library's own tolerance.
 */
export const WEBHOOK_TOLERANCE_SECONDS = 5 * 60;

/** A request's headers, as fetch (`Headers`) or node:http (`IncomingHttpHeaders`) gives them. */
export type WebhookHeaders = Headers | Readonly<Record<string, string | readonly string[] | undefined>>;

/** Why a delivery was refused: answer the first and the last with 400, the others with 401. */
export type WebhookRefusal = 'missing-headers' | 'timestamp-outside-window' | 'bad-signature' | 'malformed-body';

export type CadreWebhookVerification =
  | {
      readonly ok: true;
      /** The `webhook-id`: the event's id, the same on every retry and redelivery, so dedupe on it. */
      readonly id: string;
      /** When this attempt was signed (`webhook-timestamp`). */
      readonly timestamp: Date;
      readonly event: CadreWebhookEvent;
    }
  | { readonly ok: false; readonly reason: WebhookRefusal };

const headerOf = (headers: WebhookHeaders, name: string): string | undefined => {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
};

const parseEvent = (body: string): CadreWebhookEvent | undefined => {
  try {
    const value: unknown = JSON.parse(body);
    const event = value as { readonly type?: unknown; readonly id?: unknown } | null;
    return typeof event === 'object' && event !== null && typeof event.type === 'string' && typeof event.id === 'string'
      ? (value as CadreWebhookEvent)
      : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Verifies a cadre webhook delivery as Standard Webhooks specifies (standardwebhooks.com): the
 * `webhook-signature` header holds `v1,<base64 HMAC-SHA256 of "<webhook-id>.<webhook-timestamp>.<body>">`
 * keyed with the endpoint's secret (`whsec_<base64>`; during a secret's rotation it holds one
 * signature per valid secret, space-separated, and one matching is enough), and the timestamp must
 * be within {@link WEBHOOK_TOLERANCE_SECONDS} of now. `body` must be the raw bytes received: parsing
 * and re-serialising JSON changes them and breaks the signature.
 */
export const verifyCadreWebhook = (secret: string, headers: WebhookHeaders, body: string | Uint8Array): CadreWebhookVerification => {
  // Outside the check below: a secret that is no `whsec_<base64>` is the receiver's mistake, not the sender's.
  const webhook = new Webhook(secret);
  const id = headerOf(headers, 'webhook-id');
  const timestampHeader = headerOf(headers, 'webhook-timestamp');
  const signature = headerOf(headers, 'webhook-signature');
  if (id === undefined || timestampHeader === undefined || signature === undefined) return { ok: false, reason: 'missing-headers' };
  const seconds = /^\d{1,12}$/.test(timestampHeader) ? Number(timestampHeader) : Number.NaN;
  if (!(Math.abs(Date.now() / 1000 - seconds) <= WEBHOOK_TOLERANCE_SECONDS)) return { ok: false, reason: 'timestamp-outside-window' };
  try {
    webhook.verify(body, { 'webhook-id': id, 'webhook-timestamp': timestampHeader, 'webhook-signature': signature }, { jsonParse: false });
  } catch {
    return { ok: false, reason: 'bad-signature' };
  }
  const event = parseEvent(typeof body === 'string' ? body : new TextDecoder().decode(body));
  return event === undefined ? { ok: false, reason: 'malformed-body' } : { ok: true, id, timestamp: new Date(seconds * 1000), event };
};
