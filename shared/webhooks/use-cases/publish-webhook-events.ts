import type { PartnerOrganisations } from '../../partners/ports/partner-organisations.ts';
import { endpointHears } from '../domain/entitlement.ts';
import type { WebhookDeliveryQueue } from '../ports/webhook-deliveries.ts';
import type { StoredWebhookEndpoint, WebhookEndpointStore } from '../ports/webhook-endpoint-store.ts';
import type { WebhookEventSink } from '../ports/webhook-event-sink.ts';
import { webhookEventSchema, type WebhookEvent } from '../webhook-event-schema.ts';

export interface PublishDependencies {
  readonly endpoints: Pick<WebhookEndpointStore, 'listAll'>;
  readonly queue: WebhookDeliveryQueue;
  /** The registry: a partner's endpoint hears nothing once its organisation is retired (or gone). */
  readonly organisations: Pick<PartnerOrganisations, 'find'>;
  readonly clock: () => Date;
}

/**
 * A programme's endpoints are read once per few seconds per container: a stream batch carries many
 * events of one programme, and an endpoint registered a moment ago hears from the next batch on.
 */
export const ENDPOINTS_CACHE_MS = 5_000;

/**
 * The WebhookEventSink: for each event, one delivery per endpoint of its programme that subscribed
 * to its type and is entitled to it (entitlement.ts; a partner's, while its organisation stays in
 * good standing in the registry: the routes check it only when someone calls them), queued with a conditional Put keyed by
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
  const standing = new Map<string, { readonly until: number; readonly active: Promise<boolean> }>();
  const stillActive = (organisationId: string): Promise<boolean> => {
    const now = deps.clock().getTime();
    const cached = standing.get(organisationId);
    if (cached !== undefined && cached.until > now) return cached.active;
    const active = deps.organisations
      .find(organisationId)
      .then((organisation) => organisation !== undefined && organisation.retired !== true);
    standing.set(organisationId, { until: now + ENDPOINTS_CACHE_MS, active });
    active.catch(() => standing.delete(organisationId));
    return active;
  };
  const entitled = async (endpoint: StoredWebhookEndpoint, event: WebhookEvent): Promise<boolean> =>
    endpointHears(endpoint, event) && (endpoint.organisationId === null || (await stillActive(endpoint.organisationId)));
  return {
    async publish(events: readonly WebhookEvent[]): Promise<void> {
      for (const given of events) {
        const event = webhookEventSchema.parse(given);
        const payload = JSON.stringify(event);
        const endpoints = await endpointsOf(event.programmeId);
        const hearing = await Promise.all(endpoints.map((endpoint) => entitled(endpoint, event)));
        const listeners = endpoints.filter((_, index) => hearing[index]);
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
