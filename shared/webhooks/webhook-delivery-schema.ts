import * as z from 'zod';
import { uuidSchema } from '../platform/identifiers/identifiers.ts';
import { isoDateTime } from '../platform/time/iso-date-time.ts';
import { webhookEndpointIdSchema } from './webhook-endpoint-schema.ts';
import { WEBHOOK_EVENT_TYPES } from './webhook-event-schema.ts';

/** A delivery is named by the event it carries: its id is the `webhook-id` header, the same on every attempt. */
export const webhookDeliveryIdSchema = uuidSchema;

/** The ping `POST …/test-deliveries` sends, beside the events of WebhookEvent. */
export const WEBHOOK_TEST_EVENT_TYPE = 'webhook.test';
const deliveredTypeSchema = z.enum([...WEBHOOK_EVENT_TYPES, WEBHOOK_TEST_EVENT_TYPE]);

export const WEBHOOK_DELIVERY_STATUSES = ['queued', 'delivered', 'failed', 'held'] as const;
export type WebhookDeliveryStatus = (typeof WEBHOOK_DELIVERY_STATUSES)[number];

/** Why an attempt got no answer: the network's fault classes, never the message (it may quote the receiver). */
export const WEBHOOK_ATTEMPT_ERRORS = ['timeout', 'dns', 'connection', 'tls', 'blocked-address', 'too-large'] as const;
export type WebhookAttemptError = (typeof WEBHOOK_ATTEMPT_ERRORS)[number];

export const webhookAttemptSchema = z.strictObject({
  at: isoDateTime(),
  durationMs: z.int().min(0).max(600_000),
  /** The receiver's HTTP status; null when it never answered (`error` says why). */
  statusCode: z.int().min(100).max(599).nullable(),
  error: z.enum(WEBHOOK_ATTEMPT_ERRORS).nullable(),
});
export type WebhookAttempt = z.infer<typeof webhookAttemptSchema>;

export const webhookDeliverySummarySchema = z
  .strictObject({
    id: webhookDeliveryIdSchema,
    endpointId: webhookEndpointIdSchema,
    eventType: deliveredTypeSchema,
    /** `queued`: waiting for its next attempt; `held`: its endpoint is paused; `delivered`: a 2xx; `failed`: every attempt failed. */
    status: z.enum(WEBHOOK_DELIVERY_STATUSES),
    /** Attempts of the current series (a manual redelivery starts a new one). */
    attempts: z.int().min(0).max(1000),
    createdAt: isoDateTime(),
    nextAttemptAt: isoDateTime().nullable(),
    deliveredAt: isoDateTime().nullable(),
    lastStatusCode: z.int().min(100).max(599).nullable(),
  })
  .meta({ id: 'WebhookDeliverySummary' });
export type WebhookDeliverySummary = z.infer<typeof webhookDeliverySummarySchema>;

export const webhookDeliverySchema = webhookDeliverySummarySchema
  .extend({
    /** The body every attempt POSTs, exactly as sent. */
    payload: z
      .string()
      .max(20_000)
      .regex(/^\{[\s\S]*\}$/),
    /** Newest last; the last 50 attempts over every series are kept. */
    attemptLog: z.array(webhookAttemptSchema).max(50),
  })
  .meta({ id: 'WebhookDelivery' });
export type WebhookDelivery = z.infer<typeof webhookDeliverySchema>;
