import { documentClient } from '../../shared/adapters/dynamodb/document-client.ts';
import { dynamoDbLease } from '../../shared/adapters/dynamodb/dynamodb-lease.ts';
import { DynamoDbMailQueue } from '../../shared/adapters/dynamodb/dynamodb-mail-queue.ts';
import { DynamoDbWebhookDeliveries } from '../../shared/adapters/dynamodb/dynamodb-webhook-deliveries.ts';
import { DynamoDbWebhookEndpoints } from '../../shared/adapters/dynamodb/dynamodb-webhook-endpoints.ts';
import { HttpWebhookSender } from '../../shared/adapters/http/webhook-http-sender.ts';
import { ENV, optionalEnv, requireEnv } from '../../shared/platform/config/env.ts';
import { ENTITY, webhookDispatcherLeaseKey } from '../../shared/platform/keys/keys.ts';
import { once } from '../../shared/platform/wiring/once.ts';
import type { DispatchDependencies } from '../../shared/webhooks/use-cases/dispatch-webhook-deliveries.ts';

/** The dispatcher's parts; the sender reaches loopback only where the local cloud allows it (WEBHOOK_ALLOW_LOOPBACK). */
export const dispatchWiring = (): DispatchDependencies => {
  const tableName = requireEnv(ENV.tableName);
  const client = documentClient();
  return {
    outbox: new DynamoDbWebhookDeliveries(client, tableName),
    endpoints: new DynamoDbWebhookEndpoints(client, tableName),
    sender: new HttpWebhookSender({ allowLoopback: optionalEnv(ENV.webhookAllowLoopback) === 'true' }),
    lease: dynamoDbLease(client, tableName, webhookDispatcherLeaseKey(), ENTITY.webhookDispatcherLease),
    mail: new DynamoDbMailQueue(client, tableName),
    clock: () => new Date(),
    random: Math.random,
  };
};

/** Built once per Lambda container (the handler calls it at cold start) and shared by every run. */
export const wiring: () => DispatchDependencies = once(dispatchWiring);
