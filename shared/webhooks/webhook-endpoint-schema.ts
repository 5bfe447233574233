import * as z from 'zod';
import { programmeIdSchema, uuidSchema } from '../platform/identifiers/identifiers.ts';
import { freeText } from '../platform/text/free-text.ts';
import { partnerOrganisationIdSchema } from '../partners/partner-organisation-schema.ts';
import { isoDateTime } from '../platform/time/iso-date-time.ts';
import { WEBHOOK_EVENT_TYPES, webhookEventTypeSchema } from './webhook-event-schema.ts';

export const webhookEndpointIdSchema = uuidSchema;

/** The longest URL an endpoint may have: far beyond any receiver's, well within an item. */
export const MAX_WEBHOOK_URL_LENGTH = 2048;
/** An http(s) URL without whitespace; whether it may be reached is the URL check's (domain/webhook-url.ts). */
const webhookUrlSchema = z
  .string()
  .min(1)
  .max(MAX_WEBHOOK_URL_LENGTH)
  .regex(/^https?:\/\/\S+$/i);

const uniqueTypes = (types: readonly string[], ctx: z.RefinementCtx): void => {
  const seen = new Set<string>();
  types.forEach((type, index) => {
    if (seen.has(type))
      ctx.addIssue({
        code: 'custom',
        path: [index],
        message: `The event type ${type} is listed twice`,
        params: {
          code: 'duplicate-event-type',
          message: { ru: `Тип события ${type} указан дважды`, en: `The event type ${type} is listed twice` },
        },
      });
    seen.add(type);
  });
};

const endpointFields = {
  /** `https://` only; a private, loopback, link-local or metadata address is refused (422 `webhook-url-refused`). */
  url: webhookUrlSchema.describe('Where deliveries are POSTed: `https://` on a public address.'),
  eventTypes: z.array(webhookEventTypeSchema).min(1).max(WEBHOOK_EVENT_TYPES.length).superRefine(uniqueTypes),
  description: freeText({ max: 200 }).optional(),
  /** The language of the mails about the endpoint (a pause) sent to the person who registered it. */
  language: z.enum(['ru', 'en']).default('ru'),
};

export const webhookEndpointInputSchema = z.strictObject(endpointFields);
export type WebhookEndpointInput = z.infer<typeof webhookEndpointInputSchema>;

/** A replacement: the whole endpoint, with the version read. */
export const webhookEndpointReplacementSchema = z.strictObject({ ...endpointFields, version: z.int().min(1) });
export type WebhookEndpointReplacement = z.infer<typeof webhookEndpointReplacementSchema>;

export const WEBHOOK_ENDPOINT_STATUSES = ['active', 'paused'] as const;

/** An endpoint as its owners read it: never its secret, which is shown once at creation and at each rotation. */
export const webhookEndpointSchema = z
  .strictObject({
    id: webhookEndpointIdSchema,
    programmeId: programmeIdSchema,
    /** The partner organisation the endpoint hears for; null for staff's, which hear the whole programme. */
    organisationId: partnerOrganisationIdSchema.nullable(),
    url: webhookUrlSchema,
    eventTypes: z.array(webhookEventTypeSchema).max(WEBHOOK_EVENT_TYPES.length),
    description: freeText({ max: 200 }).optional(),
    language: z.enum(['ru', 'en']),
    status: z.enum(WEBHOOK_ENDPOINT_STATUSES),
    /** When it was paused for failing, and why; deliveries wait until POST …/resume. */
    pausedAt: isoDateTime().nullable(),
    /** Since when every attempt has failed (null while it answers). */
    failingSince: isoDateTime().nullable(),
    secretRotatedAt: isoDateTime().nullable(),
    createdAt: isoDateTime(),
    updatedAt: isoDateTime(),
    version: z.int().min(1),
  })
  .meta({ id: 'WebhookEndpoint' });
export type WebhookEndpoint = z.infer<typeof webhookEndpointSchema>;

/** A signing secret: `whsec_` and the base64 of 32 random bytes (Standard Webhooks). */
export const webhookSecretSchema = z
  .string()
  .regex(/^whsec_[A-Za-z0-9+/]{43}=$/)
  .meta({ maxLength: 50 })
  .describe('Shown once: keep it; every delivery is signed with it (Standard Webhooks, HMAC-SHA256).');

export const registeredWebhookEndpointSchema = z.strictObject({ endpoint: webhookEndpointSchema, secret: webhookSecretSchema });

export const rotatedWebhookSecretSchema = z.strictObject({
  secret: webhookSecretSchema,
  /** Until then deliveries are signed with the previous secret too (two signatures), so receivers can switch. */
  previousSecretValidUntil: isoDateTime(),
});

export const deleteWebhookEndpointQuerySchema = z.strictObject({ version: z.coerce.number().int().min(1) });
