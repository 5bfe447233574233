import type { WebhookDelivery } from '../../webhooks/webhook-delivery-schema.ts';
import type { WebhookEndpoint } from '../../webhooks/webhook-endpoint-schema.ts';
import { webhookRoutes } from '../../webhooks/routes.ts';
import { type RouteExampleSet, routeExamples } from '../openapi/route-examples.ts';

/**
 * The webhooks examples: Пермский краевой центр молодёжной политики (a regional body) hears of
 * finalists' data released to it in ПроКадры; staff follow a delivery that failed once.
 */
const [
  registerWebhookEndpoint,
  listWebhookEndpoints,
  getWebhookEndpoint,
  replaceWebhookEndpoint,
  ,
  rotateWebhookSecret,
  resumeWebhookEndpoint,
  sendTestWebhookDelivery,
  listWebhookDeliveries,
  getWebhookDelivery,
  redeliverWebhookDelivery,
] = webhookRoutes;

const endpoint: WebhookEndpoint = {
  id: '3f0c2a7e-8b1d-4e5f-9a6b-7c8d9e0f1a2b',
  programmeId: 'prokadry',
  organisationId: 'perm-youth-policy',
  url: 'https://hooks.molodezh.permkrai.example/cadre',
  eventTypes: ['release.available'],
  description: 'Выпуски данных финалистов в региональную систему',
  language: 'ru',
  status: 'active',
  pausedAt: null,
  failingSince: null,
  secretRotatedAt: null,
  createdAt: '2027-05-12T08:30:00.000Z',
  updatedAt: '2027-05-12T08:30:00.000Z',
  version: 1,
};

const payload = JSON.stringify({
  id: '9b2d4f6a-1c3e-4a5b-8d7f-0e1a2b3c4d5e',
  occurredAt: '2027-06-01T10:15:00.000Z',
  programmeId: 'prokadry',
  seasonId: 'prokadry-2027-spring',
  type: 'release.available',
  organisationId: 'perm-youth-policy',
  data: { releaseId: 'c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f', applicationId: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d' },
});

const delivery: WebhookDelivery = {
  id: '9b2d4f6a-1c3e-4a5b-8d7f-0e1a2b3c4d5e',
  endpointId: endpoint.id,
  eventType: 'release.available',
  status: 'delivered',
  attempts: 2,
  createdAt: '2027-06-01T10:15:02.000Z',
  nextAttemptAt: null,
  deliveredAt: '2027-06-01T10:16:05.000Z',
  lastStatusCode: 204,
  payload,
  attemptLog: [
    { at: '2027-06-01T10:15:04.000Z', durationMs: 10_000, statusCode: null, error: 'timeout' },
    { at: '2027-06-01T10:16:05.000Z', durationMs: 142, statusCode: 204, error: null },
  ],
};
const { payload: _payload, attemptLog: _attemptLog, ...summary } = delivery;

const input = {
  url: endpoint.url,
  eventTypes: endpoint.eventTypes,
  description: 'Выпуски данных финалистов в региональную систему',
  language: 'ru' as const,
};

export const WEBHOOK_EXAMPLES: readonly RouteExampleSet[] = [
  routeExamples(registerWebhookEndpoint, {
    request: input,
    responses: { 201: { endpoint, secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw4ZWdMi8KKsc=' } },
  }),
  routeExamples(listWebhookEndpoints, { responses: { 200: { items: [endpoint] } } }),
  routeExamples(getWebhookEndpoint, { responses: { 200: endpoint } }),
  routeExamples(replaceWebhookEndpoint, {
    request: { ...input, eventTypes: ['release.available', 'placement.changed'], version: 1 },
    responses: {
      200: { ...endpoint, eventTypes: ['release.available', 'placement.changed'], updatedAt: '2027-05-20T12:00:00.000Z', version: 2 },
    },
  }),
  routeExamples(rotateWebhookSecret, {
    responses: {
      201: { secret: 'whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD6JDwgYV/K1E=', previousSecretValidUntil: '2027-06-02T09:00:00.000Z' },
    },
  }),
  routeExamples(resumeWebhookEndpoint, { responses: { 200: { ...endpoint, updatedAt: '2027-06-03T07:45:00.000Z' } } }),
  routeExamples(sendTestWebhookDelivery, {
    responses: {
      202: {
        ...delivery,
        id: '0d9c8b7a-6f5e-4d3c-8b2a-19f0e1d2c3b4',
        eventType: 'webhook.test',
        status: 'queued',
        attempts: 0,
        nextAttemptAt: '2027-05-12T08:31:00.000Z',
        deliveredAt: null,
        lastStatusCode: null,
        payload: JSON.stringify({
          type: 'webhook.test',
          id: '0d9c8b7a-6f5e-4d3c-8b2a-19f0e1d2c3b4',
          occurredAt: '2027-05-12T08:31:00.000Z',
          programmeId: 'prokadry',
          data: { endpointId: endpoint.id },
        }),
        createdAt: '2027-05-12T08:31:00.000Z',
        attemptLog: [],
      },
    },
  }),
  routeExamples(listWebhookDeliveries, { responses: { 200: { items: [summary] } } }),
  routeExamples(getWebhookDelivery, { responses: { 200: delivery } }),
  routeExamples(redeliverWebhookDelivery, {
    responses: { 202: { ...delivery, status: 'queued', attempts: 0, nextAttemptAt: '2027-06-04T11:00:00.000Z' } },
  }),
];
