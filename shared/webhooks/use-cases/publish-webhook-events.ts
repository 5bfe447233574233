import { endpointHears } from '../domain/entitlement.ts';
import type { WebhookDeliveryQueue } from '../ports/webhook-deliveries.ts';
import type { StoredWebhookEndpoint, WebhookEndpointStore } from '../ports/webhook-endpoint-store.ts';
import type { WebhookEventSink } from '../ports/webhook-event-sink.ts';
import { webhookEventSchema, type WebhookEvent } from '../webhook-event-schema.ts';

export interface PublishDependencies {
  readonly endpoints: Pick<WebhookEndpointStore, 'listAll'>;
  readonly queue: WebhookDeliveryQueue;
  readonly clock: () => Date;
}

/**
 * A programme's endpoints are read once per few seconds per container: a stream batch carries many
 * events of one programme, and an endpoint registered a moment ago hears from the next batch on.
 */
export const ENDPOINTS_CACHE_MS = 5_000;

/**
 * The WebhookEventSink: for each event, one delivery per endpoint of its programme that subscribed
 * to its type and is entitled to it (entitlement.ts), queued with a conditional Put keyed by
 * (endpoint, event id), so an event published twice (a stream batch handed over again) is queued once.
 */
export const publishWebhookEvents = (deps: PublishDependencies): WebhookEventSink => {
  const cache = new Map<string, { readonly until: number; readonly endpoints: Promise<readonly StoredWebhookEndpoint[]> }>();
  const endpointsOf = (programmeId: string): Promise<readonly StoredWebhookEndpoint[]> => {
    const now = deps.clock().getTime();
    const cached = cache.get(programmeId);
    if (cached !== undefined && cached.until > now) return cached.endpoints;
    const endpoints = deps.endpoints.listAll(programmeId);
    cache.set(programmeId, { until: now + ENDPOINTS_CACHE_MS, endpoints });
    endpoints.catch(() => cache.delete(programmeId));
    return endpoints;
  };
  return {
    async publish(events: readonly WebhookEvent[]): Promise<void> {
      for (const given of events) {
        const event = webhookEventSchema.parse(given);
        const payload = JSON.stringify(event);
        const listeners = (await endpointsOf(event.programmeId)).filter((endpoint) => endpointHears(endpoint, event));
        await Promise.all(
          listeners.map((endpoint) =>
            deps.queue.enqueue(
              {
                endpointId: endpoint.id,
                id: event.id,
                eventType: event.type,
                programmeId: event.programmeId,
                seasonId: event.seasonId,
                payload,
              },
              deps.clock(),
            ),
          ),
        );
      }
    },
  };
};
