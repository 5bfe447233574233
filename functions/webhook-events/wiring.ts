import { documentClient } from '../../shared/adapters/dynamodb/document-client.ts';
import { DynamoDbPartnerOrganisations } from '../../shared/adapters/dynamodb/dynamodb-partner-organisations.ts';
import { DynamoDbWebhookDeliveries } from '../../shared/adapters/dynamodb/dynamodb-webhook-deliveries.ts';
import { DynamoDbWebhookEndpoints } from '../../shared/adapters/dynamodb/dynamodb-webhook-endpoints.ts';
import { ENV, requireEnv } from '../../shared/platform/config/env.ts';
import { once } from '../../shared/platform/wiring/once.ts';
import type { WebhookEventSink } from '../../shared/webhooks/ports/webhook-event-sink.ts';
import { publishWebhookEvents } from '../../shared/webhooks/use-cases/publish-webhook-events.ts';

export interface WebhookEventsWiring {
  readonly sink: WebhookEventSink;
}

/**
 * The webhooks' fan-out (`publishWebhookEvents`): one delivery per subscribed, entitled endpoint of
 * the event's programme, queued once per event id, which the `webhook-dispatcher` sends.
 */
export const wiring: () => WebhookEventsWiring = once(() => {
  const tableName = requireEnv(ENV.tableName);
  const client = documentClient();
  return {
    sink: publishWebhookEvents({
      endpoints: new DynamoDbWebhookEndpoints(client, tableName),
      queue: new DynamoDbWebhookDeliveries(client, tableName),
      organisations: new DynamoDbPartnerOrganisations(client, tableName),
      clock: () => new Date(),
    }),
  };
});
