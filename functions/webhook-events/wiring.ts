import { logger } from '../../shared/platform/observability/logger.ts';
import { once } from '../../shared/platform/wiring/once.ts';
import type { WebhookEventSink } from '../../shared/webhooks/ports/webhook-event-sink.ts';
import type { WebhookEvent } from '../../shared/webhooks/webhook-event-schema.ts';

export interface WebhookEventsWiring {
  readonly sink: WebhookEventSink;
}

/** How many events of each type a batch made: what the log may say of them (ids only would tell nothing more). */
const countsByType = (events: readonly WebhookEvent[]): Record<string, number> => {
  const counts: Record<string, number> = {};
  for (const event of events) counts[event.type] = (counts[event.type] ?? 0) + 1;
  return counts;
};

/**
 * The webhooks' fan-out (the `publishWebhookEvents` use case: one delivery per subscribed, entitled
 * endpoint) is not plugged in yet: until it is, the events are counted in the log, so the event
 * source runs end to end in AWS and locally and nothing queues deliveries.
 */
export const wiring: () => WebhookEventsWiring = once(() => ({
  sink: {
    publish: async (events) => {
      logger.info('webhook events made', { counts: countsByType(events) });
    },
  },
}));
