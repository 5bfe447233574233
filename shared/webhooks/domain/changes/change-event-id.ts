import { uuidOf } from '../../../platform/identifiers/name-based-uuid.ts';
import type { WebhookEventType } from '../../webhook-event-schema.ts';

/**
 * The id of the event one change makes: named by the event's type, the changed record and the
 * version the change wrote, so the same change read twice (a stream batch handed over again, a
 * record retried) has one id, and the deliveries made for it are made once. A record written only
 * once (a release) is named by its id alone.
 */
export const changeEventId = (type: WebhookEventType, recordId: string, version?: number): string =>
  uuidOf('webhook-event', type, recordId, version === undefined ? 'created' : String(version));
