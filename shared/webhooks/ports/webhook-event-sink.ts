import type { WebhookEvent } from '../webhook-event-schema.ts';

/**
 * Where the changes read from the table go: the webhooks' fan-out, which queues one delivery per
 * endpoint that subscribed and is entitled to the event. It must be idempotent per event id, as a
 * stream hands a batch over again after a failure.
 */
export interface WebhookEventSink {
  publish(events: readonly WebhookEvent[]): Promise<void>;
}
