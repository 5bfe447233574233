import { webhookEventSchema, type WebhookEvent } from '../../webhook-event-schema.ts';
import { changedEntity, type ItemChange } from './item-change.ts';
import { WATCHED_CHANGES } from './watched-changes.ts';

/**
 * The webhook events one item change makes: none for an item nobody subscribes to, one for most
 * watched changes. The watched list is applied here too, not only by the filter in front of the
 * function, so what reaches subscribers never depends on a filter being right. Each event is checked
 * against the payload contract before it leaves; a stored item that does not read as its record
 * throws (the stream retries it, then sets it aside), it is never skipped unseen.
 */
export const webhookEventsOfChange = (change: ItemChange): WebhookEvent[] => {
  const entity = changedEntity(change);
  const watched = WATCHED_CHANGES.find((candidate) => candidate.entity === entity);
  if (watched === undefined || !watched.kinds.includes(change.kind)) return [];
  if (watched.statuses !== undefined && !watched.statuses.includes(String(change.after?.['status']))) return [];
  return watched.events(change).map((event) => webhookEventSchema.parse(event));
};
