import type { PartnerOrganisationResolver } from '../../partners/ports/partner-organisation-resolver.ts';
import type { WebhookUrlPolicy } from '../domain/webhook-url.ts';
import type { ProgrammeCatalogue } from '../ports/programme-catalogue.ts';
import type { WebhookDeliveryLog, WebhookDeliveryQueue } from '../ports/webhook-deliveries.ts';
import type { WebhookEndpointStore } from '../ports/webhook-endpoint-store.ts';

/** Everything the endpoints' routes reach outside pure code for. */
export interface WebhookDependencies {
  readonly endpoints: WebhookEndpointStore;
  readonly queue: WebhookDeliveryQueue;
  readonly log: WebhookDeliveryLog;
  readonly programmes: ProgrammeCatalogue;
  /** The partners' registry check of a partner's claims (their organisation, not retired, their region). */
  readonly partners: PartnerOrganisationResolver;
  readonly urlPolicy: WebhookUrlPolicy;
  readonly clock: () => Date;
  readonly newId: () => string;
  readonly randomBytes: (size: number) => Uint8Array;
}
