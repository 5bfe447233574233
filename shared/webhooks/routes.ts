import * as z from 'zod';
import { defineRoute } from '../platform/http/route.ts';
import { programmeIdSchema } from '../platform/identifiers/identifiers.ts';
import { cursorQuerySchema, nextCursorSchema } from '../platform/paging/cursor-schemas.ts';
import { webhookDeliveryIdSchema, webhookDeliverySchema, webhookDeliverySummarySchema } from './webhook-delivery-schema.ts';
import {
  deleteWebhookEndpointQuerySchema,
  registeredWebhookEndpointSchema,
  rotatedWebhookSecretSchema,
  webhookEndpointIdSchema,
  webhookEndpointInputSchema,
  webhookEndpointReplacementSchema,
  webhookEndpointSchema,
} from './webhook-endpoint-schema.ts';

const limit = z.coerce.number().int().min(1).max(100).default(25);
const programmeParams = z.strictObject({ programmeId: programmeIdSchema });
const endpointParams = z.strictObject({ endpointId: webhookEndpointIdSchema });
const deliveryParams = z.strictObject({ endpointId: webhookEndpointIdSchema, deliveryId: webhookDeliveryIdSchema });
const WHO =
  'Staff of the programme manage every endpoint of it; a partner only its own organisation’s (its `custom:organisation` checked against the partner registry). Anyone else: 404.';

export const registerWebhookEndpointRoute = defineRoute({
  operationId: 'registerWebhookEndpoint',
  method: 'POST',
  path: '/programmes/{programmeId}/webhook-endpoints',
  capability: 'webhooks',
  roles: ['staff', 'partner'],
  summary: 'Register a webhook endpoint for a programme’s events',
  description:
    'Staff of the programme subscribe to any event type; a partner only to those naming its own organisation (`placement.changed`, `release.available`: 422 `event-type-not-for-partners` otherwise), and hears only its own organisation’s. The URL must be `https://` on a public address (422 `webhook-url-refused`: private, loopback, link-local and metadata addresses are refused here and again, resolved, at each delivery). The answer carries the signing secret, shown this once. Deliveries are signed per Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature`); refuse a timestamp more than 5 minutes old. At most 10 endpoints per owner and programme (409 `too-many-webhook-endpoints`).',
  tags: ['webhooks'],
  request: { params: programmeParams, body: webhookEndpointInputSchema },
  responses: { 201: { description: 'Registered; keep the secret', body: registeredWebhookEndpointSchema } },
});

export const listWebhookEndpointsRoute = defineRoute({
  operationId: 'listWebhookEndpoints',
  method: 'GET',
  path: '/programmes/{programmeId}/webhook-endpoints',
  capability: 'webhooks',
  roles: ['staff', 'partner'],
  summary: 'A programme’s webhook endpoints',
  description: 'Staff of the programme see every one; a partner its own organisation’s.',
  tags: ['webhooks'],
  request: { params: programmeParams, query: z.strictObject({ limit, cursor: cursorQuerySchema }) },
  responses: {
    200: {
      description: 'A page of endpoints',
      body: z.strictObject({ items: z.array(webhookEndpointSchema).max(100), nextCursor: nextCursorSchema() }),
    },
  },
});

export const getWebhookEndpointRoute = defineRoute({
  operationId: 'getWebhookEndpoint',
  method: 'GET',
  path: '/webhook-endpoints/{endpointId}',
  capability: 'webhooks',
  roles: ['staff', 'partner'],
  summary: 'One webhook endpoint (never its secret)',
  description: WHO,
  tags: ['webhooks'],
  request: { params: endpointParams },
  responses: { 200: { description: 'The endpoint', body: webhookEndpointSchema } },
});

export const replaceWebhookEndpointRoute = defineRoute({
  operationId: 'replaceWebhookEndpoint',
  method: 'PUT',
  path: '/webhook-endpoints/{endpointId}',
  capability: 'webhooks',
  roles: ['staff', 'partner'],
  summary: 'Change a webhook endpoint’s URL, event types, description or language',
  description: `Send the \`version\` you read (409 \`version-conflict\` if it changed). The secret and the pause state stay. ${WHO}`,
  tags: ['webhooks'],
  request: { params: endpointParams, body: webhookEndpointReplacementSchema },
  responses: { 200: { description: 'Changed', body: webhookEndpointSchema } },
});

export const removeWebhookEndpointRoute = defineRoute({
  operationId: 'removeWebhookEndpoint',
  method: 'DELETE',
  path: '/webhook-endpoints/{endpointId}',
  capability: 'webhooks',
  roles: ['staff', 'partner'],
  summary: 'Remove a webhook endpoint',
  description: `Deliveries still queued for it are dropped. Send the \`version\` you read. ${WHO}`,
  tags: ['webhooks'],
  request: { params: endpointParams, query: deleteWebhookEndpointQuerySchema },
  responses: { 204: { description: 'Removed' } },
});

export const rotateWebhookSecretRoute = defineRoute({
  operationId: 'rotateWebhookSecret',
  method: 'POST',
  path: '/webhook-endpoints/{endpointId}/secret-rotations',
  capability: 'webhooks',
  roles: ['staff', 'partner'],
  summary: 'Rotate a webhook endpoint’s signing secret',
  description: `A new secret, shown this once. For 24 hours every delivery is signed with both (two signatures in \`webhook-signature\`), so the receiver can switch without refusing one. ${WHO}`,
  tags: ['webhooks'],
  request: { params: endpointParams },
  responses: { 201: { description: 'Rotated; keep the new secret', body: rotatedWebhookSecretSchema } },
});

export const resumeWebhookEndpointRoute = defineRoute({
  operationId: 'resumeWebhookEndpoint',
  method: 'POST',
  path: '/webhook-endpoints/{endpointId}/resume',
  capability: 'webhooks',
  roles: ['staff', 'partner'],
  summary: 'Resume a paused webhook endpoint',
  description: `An endpoint every attempt of which failed for a day is paused (its owner is mailed); this resumes it and sends every delivery that waited. 409 \`endpoint-not-paused\` if it is not paused. ${WHO}`,
  tags: ['webhooks'],
  request: { params: endpointParams },
  responses: { 200: { description: 'Resumed', body: webhookEndpointSchema } },
});

export const sendTestWebhookDeliveryRoute = defineRoute({
  operationId: 'sendTestWebhookDelivery',
  method: 'POST',
  path: '/webhook-endpoints/{endpointId}/test-deliveries',
  capability: 'webhooks',
  roles: ['staff', 'partner'],
  summary: 'Send a signed test delivery (`webhook.test`)',
  description: `Queued like any delivery and sent within a minute; follow it in the delivery log. ${WHO}`,
  tags: ['webhooks'],
  request: { params: endpointParams },
  responses: { 202: { description: 'Queued', body: webhookDeliverySchema } },
});

export const listWebhookDeliveriesRoute = defineRoute({
  operationId: 'listWebhookDeliveries',
  method: 'GET',
  path: '/webhook-endpoints/{endpointId}/deliveries',
  capability: 'webhooks',
  roles: ['staff', 'partner'],
  summary: 'A webhook endpoint’s delivery log, newest first',
  description: `Kept for a month after each delivery ends. ${WHO}`,
  tags: ['webhooks'],
  request: { params: endpointParams, query: z.strictObject({ limit, cursor: cursorQuerySchema }) },
  responses: {
    200: {
      description: 'A page of deliveries',
      body: z.strictObject({ items: z.array(webhookDeliverySummarySchema).max(100), nextCursor: nextCursorSchema() }),
    },
  },
});

export const getWebhookDeliveryRoute = defineRoute({
  operationId: 'getWebhookDelivery',
  method: 'GET',
  path: '/webhook-endpoints/{endpointId}/deliveries/{deliveryId}',
  capability: 'webhooks',
  roles: ['staff', 'partner'],
  summary: 'One delivery: its body and every attempt (time, status code or error, duration)',
  description: WHO,
  tags: ['webhooks'],
  request: { params: deliveryParams },
  responses: { 200: { description: 'The delivery', body: webhookDeliverySchema } },
});

export const redeliverWebhookDeliveryRoute = defineRoute({
  operationId: 'redeliverWebhookDelivery',
  method: 'POST',
  path: '/webhook-endpoints/{endpointId}/deliveries/{deliveryId}/redeliveries',
  capability: 'webhooks',
  roles: ['staff', 'partner'],
  summary: 'Send a delivery again, now',
  description: `A new series of attempts with the same \`webhook-id\` (receivers dedupe on it). 409 \`delivery-queued-already\` while it still waits for an attempt. ${WHO}`,
  tags: ['webhooks'],
  request: { params: deliveryParams },
  responses: { 202: { description: 'Queued again', body: webhookDeliverySchema } },
});

export const webhookRoutes = [
  registerWebhookEndpointRoute,
  listWebhookEndpointsRoute,
  getWebhookEndpointRoute,
  replaceWebhookEndpointRoute,
  removeWebhookEndpointRoute,
  rotateWebhookSecretRoute,
  resumeWebhookEndpointRoute,
  sendTestWebhookDeliveryRoute,
  listWebhookDeliveriesRoute,
  getWebhookDeliveryRoute,
  redeliverWebhookDeliveryRoute,
] as const;
