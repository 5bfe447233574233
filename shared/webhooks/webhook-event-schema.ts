import * as z from 'zod';

/**
 * What a webhook delivery carries: ids and the change, never a person's data. A subscriber that
 * is entitled to more (a region's body reading a finalist's release) reads it through the API,
 * where every read is checked and logged in the disclosure log.
 */
export const WEBHOOK_EVENT_TYPES = [
  'application.submitted',
  'application.stage-changed',
  'placement.changed',
  'certificate.issued',
  'certificate.revoked',
  'release.available',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];
export const webhookEventTypeSchema = z.enum(WEBHOOK_EVENT_TYPES).meta({ id: 'WebhookEventType' });

const id = z.string().min(1).max(200);
const stageId = z.string().min(1).max(100);

const base = {
  /** Stable for one change: a redelivery or a repeated stream record carries the same id. */
  id: z.uuid(),
  occurredAt: z.iso.datetime({ offset: true }),
  programmeId: id,
  seasonId: id,
};

export const webhookEventSchema = z
  .discriminatedUnion('type', [
    z.strictObject({
      ...base,
      type: z.literal('application.submitted'),
      data: z.strictObject({ applicationId: id, stage: stageId, track: stageId.nullable() }),
    }),
    z.strictObject({
      ...base,
      type: z.literal('application.stage-changed'),
      data: z.strictObject({ applicationId: id, from: stageId, to: stageId, track: stageId.nullable() }),
    }),
    z.strictObject({
      ...base,
      type: z.literal('placement.changed'),
      /** The host organisation: a partner's endpoint hears only of its own organisation's placements. */
      organisationId: id,
      data: z.strictObject({
        placementId: id,
        applicationId: id,
        offerId: id,
        stage: stageId,
        status: stageId,
        previousStatus: stageId.nullable(),
      }),
    }),
    z.strictObject({
      ...base,
      type: z.literal('certificate.issued'),
      data: z.strictObject({ certificateId: id, applicationId: id, achievementId: id }),
    }),
    z.strictObject({
      ...base,
      type: z.literal('certificate.revoked'),
      data: z.strictObject({ certificateId: id, applicationId: id, achievementId: id }),
    }),
    z.strictObject({
      ...base,
      type: z.literal('release.available'),
      /** The organisation the data was released to: only its endpoints hear of it. */
      organisationId: id,
      data: z.strictObject({ releaseId: id, applicationId: id }),
    }),
  ])
  .meta({ id: 'WebhookEvent' });
export type WebhookEvent = z.infer<typeof webhookEventSchema>;
