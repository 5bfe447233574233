import { randomBytes, randomUUID } from 'node:crypto';
import { documentClient } from '../../shared/adapters/dynamodb/document-client.ts';
import { DynamoDbPartnerOrganisations } from '../../shared/adapters/dynamodb/dynamodb-partner-organisations.ts';
import { DynamoDbProgrammeRepository } from '../../shared/adapters/dynamodb/dynamodb-programme-repository.ts';
import { DynamoDbWebhookDeliveries } from '../../shared/adapters/dynamodb/dynamodb-webhook-deliveries.ts';
import { DynamoDbWebhookEndpoints } from '../../shared/adapters/dynamodb/dynamodb-webhook-endpoints.ts';
import { partnerOrganisationResolver } from '../../shared/partners/use-cases/resolve-partner-organisation.ts';
import { ENV, optionalEnv, requireEnv } from '../../shared/platform/config/env.ts';
import { once } from '../../shared/platform/wiring/once.ts';
import type { WebhookUrlPolicy } from '../../shared/webhooks/domain/webhook-url.ts';
import type { WebhookDependencies } from '../../shared/webhooks/use-cases/webhook-dependencies.ts';

/** Loopback endpoints only where the local cloud says so (WEBHOOK_ALLOW_LOOPBACK=true); CDK never sets it. */
export const webhookUrlPolicy = (): WebhookUrlPolicy => ({ allowLoopback: optionalEnv(ENV.webhookAllowLoopback) === 'true' });

/** Everything the webhooks function's routes reach outside pure code for. */
export interface WebhooksWiring {
  readonly webhooks: WebhookDependencies;
}

/** Built once per Lambda container (the handler calls it at cold start) and shared by every invocation. */
export const wiring: () => WebhooksWiring = once(() => {
  const tableName = requireEnv(ENV.tableName);
  const client = documentClient();
  const deliveries = new DynamoDbWebhookDeliveries(client, tableName);
  const programmes = new DynamoDbProgrammeRepository(client, tableName);
  return {
    webhooks: {
      endpoints: new DynamoDbWebhookEndpoints(client, tableName),
      queue: deliveries,
      log: deliveries,
      programmes: { exists: async (programmeId) => (await programmes.find(programmeId)) !== undefined },
      partners: partnerOrganisationResolver({ organisations: new DynamoDbPartnerOrganisations(client, tableName) }),
      urlPolicy: webhookUrlPolicy(),
      clock: () => new Date(),
      newId: randomUUID,
      randomBytes: (size) => randomBytes(size),
    },
  };
});
