import { createCapabilityHandler } from '../../shared/platform/http/capability-handler.ts';
import type { RoutesOf } from '../../shared/route-table.ts';
import { documentClient } from '../../shared/adapters/dynamodb/document-client.ts';

// Cold start: the DynamoDB client, which every route uses, is built before the first request;
// each route's own code (schemas, use cases, adapters) loads at its first call (route-loaders.ts).
documentClient();

/** The `webhooks` capability: staff and partners register endpoints for a programme's events, read their delivery logs, redeliver, resume (the `webhook-dispatcher` sends). */
export const handler = createCapabilityHandler<RoutesOf<'webhooks'>>('webhooks', {
  'POST /programmes/{programmeId}/webhook-endpoints': () =>
    import('./register-webhook-endpoint.ts').then((module) => module.registerWebhookEndpoint),
  'GET /programmes/{programmeId}/webhook-endpoints': () =>
    import('./list-webhook-endpoints.ts').then((module) => module.listWebhookEndpoints),
  'GET /webhook-endpoints/{endpointId}': () => import('./get-webhook-endpoint.ts').then((module) => module.getWebhookEndpoint),
  'PUT /webhook-endpoints/{endpointId}': () => import('./replace-webhook-endpoint.ts').then((module) => module.replaceWebhookEndpoint),
  'DELETE /webhook-endpoints/{endpointId}': () => import('./remove-webhook-endpoint.ts').then((module) => module.removeWebhookEndpoint),
  'POST /webhook-endpoints/{endpointId}/secret-rotations': () =>
    import('./rotate-webhook-secret.ts').then((module) => module.rotateWebhookSecret),
  'POST /webhook-endpoints/{endpointId}/resume': () =>
    import('./resume-webhook-endpoint.ts').then((module) => module.resumeWebhookEndpoint),
  'POST /webhook-endpoints/{endpointId}/test-deliveries': () =>
    import('./send-test-webhook-delivery.ts').then((module) => module.sendTestWebhookDelivery),
  'GET /webhook-endpoints/{endpointId}/deliveries': () =>
    import('./list-webhook-deliveries.ts').then((module) => module.listWebhookDeliveries),
  'GET /webhook-endpoints/{endpointId}/deliveries/{deliveryId}': () =>
    import('./get-webhook-delivery.ts').then((module) => module.getWebhookDelivery),
  'POST /webhook-endpoints/{endpointId}/deliveries/{deliveryId}/redeliveries': () =>
    import('./redeliver-webhook-delivery.ts').then((module) => module.redeliverWebhookDelivery),
});
