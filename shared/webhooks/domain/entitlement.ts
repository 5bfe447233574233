import type { WebhookEvent, WebhookEventType } from '../webhook-event-schema.ts';

/**
 * The event types a partner's endpoint may hear: those that name an organisation (a placement at
 * its host, a release of a finalist's data to it). Application and certificate events concern a
 * person's progress through the programme, which only the programme's staff follow.
 */
export const PARTNER_EVENT_TYPES: readonly WebhookEventType[] = ['placement.changed', 'release.available'];

export const typesRefusedToPartners = (types: readonly WebhookEventType[]): readonly WebhookEventType[] =>
  types.filter((type) => !PARTNER_EVENT_TYPES.includes(type));

export interface Subscriber {
  readonly programmeId: string;
  readonly eventTypes: readonly WebhookEventType[];
  /** The partner organisation it hears for; null for staff's endpoints, which hear the whole programme. */
  readonly organisationId: string | null;
}

/**
 * Whether an endpoint hears an event: of its programme, of a type it subscribed to, and, for a
 * partner's endpoint, only an event naming the partner's own organisation (so a host never hears of
 * another host's placements, and never of an application at all).
 */
export const endpointHears = (endpoint: Subscriber, event: WebhookEvent): boolean => {
  if (endpoint.programmeId !== event.programmeId || !endpoint.eventTypes.includes(event.type)) return false;
  if (endpoint.organisationId === null) return true;
  return 'organisationId' in event && event.organisationId === endpoint.organisationId && PARTNER_EVENT_TYPES.includes(event.type);
};
