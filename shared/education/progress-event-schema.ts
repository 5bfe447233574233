import * as z from 'zod';
import { applicationIdSchema } from '../applications/application-schema.ts';
import { localIdSchema } from '../platform/identifiers/identifiers.ts';
import { isoDateTime } from '../platform/time/iso-date-time.ts';

export const PROGRESS_KINDS = ['webinar-watched', 'broadcast-attended'] as const;
export type ProgressKind = (typeof PROGRESS_KINDS)[number];

/**
 * One participant's progress as the learning platform reports it. `eventId` is the platform's own
 * id of the event: a replay with the same id changes nothing.
 */
export const progressEventSchema = z.strictObject({
  eventId: z
    .string()
    .regex(/^[\w.:-]{1,128}$/)
    .meta({ maxLength: 128 }),
  applicationId: applicationIdSchema,
  kind: z.enum(PROGRESS_KINDS),
  itemId: localIdSchema,
  at: isoDateTime(),
});
export type ProgressEvent = z.infer<typeof progressEventSchema>;

/** A batch from the platform: at most 100 events per request (keeps a request within one Lambda second or two). */
export const progressEventBatchSchema = z.strictObject({ events: z.array(progressEventSchema).min(1).max(100) });
