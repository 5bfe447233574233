import { randomUUID } from 'node:crypto';
import { handler as webhooksHandler } from '../../../functions/webhooks/handler.ts';
import { dispatchWiring } from '../../../functions/webhook-dispatcher/wiring.ts';
import { documentClient } from '../../../shared/adapters/dynamodb/document-client.ts';
import { DynamoDbPartnerOrganisations } from '../../../shared/adapters/dynamodb/dynamodb-partner-organisations.ts';
import { DynamoDbWebhookDeliveries } from '../../../shared/adapters/dynamodb/dynamodb-webhook-deliveries.ts';
import { DynamoDbWebhookEndpoints } from '../../../shared/adapters/dynamodb/dynamodb-webhook-endpoints.ts';
import { ENV, requireEnv } from '../../../shared/platform/config/env.ts';
import type { WebhookEventSink } from '../../../shared/webhooks/ports/webhook-event-sink.ts';
import { dispatchWebhookDeliveries, type DispatchReport } from '../../../shared/webhooks/use-cases/dispatch-webhook-deliveries.ts';
import { publishWebhookEvents } from '../../../shared/webhooks/use-cases/publish-webhook-events.ts';
import type { WebhookEvent } from '../../../shared/webhooks/webhook-event-schema.ts';
import { invokeHandler, type ApiEventInit, type HandlerResponse } from '../../support/api-event.ts';
import { registerOrganisation } from '../../support/partner-organisations.ts';
import { seedOpenSeason } from '../../support/seed-open-season.ts';

export const call = (init: ApiEventInit): Promise<HandlerResponse> => invokeHandler(webhooksHandler, init);

const tableName = requireEnv(ENV.tableName);
export const endpoints = new DynamoDbWebhookEndpoints(documentClient(), tableName);
export const deliveries = new DynamoDbWebhookDeliveries(documentClient(), tableName);
const organisations = new DynamoDbPartnerOrganisations(documentClient(), tableName);

export const staffOf = (programmeId: string): Record<string, string> => ({
  sub: `staff-${randomUUID()}`,
  email: `staff-${randomUUID().slice(0, 8)}@example.org`,
  'cognito:groups': '[staff]',
  'custom:programmes': programmeId,
});

export const partnerOf = (organisationId: string, region = '59'): Record<string, string> => ({
  sub: `partner-${randomUUID()}`,
  email: `partner-${randomUUID().slice(0, 8)}@example.org`,
  'cognito:groups': '[partner]',
  'custom:organisation': organisationId,
  'custom:region': region,
});

/** A programme (ПроКадры's template) and its open season, and an employer of Perm Krai registered as a partner. */
export const newWorld = async () => {
  const { programmeId, seasonId } = await seedOpenSeason(documentClient(), tableName, { prefix: 'hooks' });
  const organisation = await registerOrganisation();
  return { programmeId, seasonId, staff: staffOf(programmeId), organisationId: organisation.id, partner: partnerOf(organisation.id) };
};

export const register = (programmeId: string, claims: Record<string, string>, body: Record<string, unknown>) =>
  call({ method: 'POST', route: '/programmes/{programmeId}/webhook-endpoints', pathParameters: { programmeId }, claims, body });

/** Registers an endpoint and answers its id and secret, or throws with the refusal. */
export const registered = async (
  programmeId: string,
  claims: Record<string, string>,
  body: Record<string, unknown>,
): Promise<{ readonly endpointId: string; readonly secret: string }> => {
  const answer = await register(programmeId, claims, body);
  if (answer.status !== 201) throw new Error(`not registered: ${JSON.stringify(answer.body)}`);
  const endpoint = answer.body['endpoint'] as Record<string, unknown>;
  return { endpointId: String(endpoint['id']), secret: String(answer.body['secret']) };
};

export const endpointCall = (
  method: string,
  suffix: string,
  endpointId: string,
  claims: Record<string, string>,
  extra: Partial<ApiEventInit> = {},
) =>
  call({
    ...extra,
    method,
    route: `/webhook-endpoints/{endpointId}${suffix}`,
    pathParameters: { endpointId, ...extra.pathParameters },
    claims,
  });

export const deliveryLog = async (endpointId: string, claims: Record<string, string>): Promise<Record<string, unknown>[]> => {
  const answer = await endpointCall('GET', '/deliveries', endpointId, claims, { query: { limit: '100' } });
  if (answer.status !== 200) throw new Error(`no log: ${JSON.stringify(answer.body)}`);
  return answer.body['items'] as Record<string, unknown>[];
};

/** The fan-out, as the stream's function would call it, at the time `clock` says. */
export const sink = (clock: () => Date = () => new Date()): WebhookEventSink =>
  publishWebhookEvents({ endpoints, queue: deliveries, organisations, clock });

/** One run of the dispatcher's use case at a moment the test chooses, with the real adapters and sender; no jitter. */
export const dispatchAt = (at: Date, concurrency?: number): Promise<DispatchReport> =>
  dispatchWebhookDeliveries(
    { ...dispatchWiring(), clock: () => at, random: () => 0 },
    { budgetMs: 60_000, holder: `test-${randomUUID()}`, concurrency },
  );

/** The dispatcher at the real time, as the schedule runs it. */
export const dispatchNow = (): Promise<DispatchReport> =>
  dispatchWebhookDeliveries({ ...dispatchWiring(), random: () => 0 }, { budgetMs: 60_000, holder: `test-${randomUUID()}` });

export const submitted = (world: { programmeId: string; seasonId: string }, at = new Date()): WebhookEvent => ({
  type: 'application.submitted',
  id: randomUUID(),
  occurredAt: at.toISOString(),
  programmeId: world.programmeId,
  seasonId: world.seasonId,
  data: { applicationId: randomUUID(), stage: 'screening', track: null },
});

export const placementChanged = (world: { programmeId: string; seasonId: string }, organisationId: string): WebhookEvent => ({
  type: 'placement.changed',
  id: randomUUID(),
  occurredAt: new Date().toISOString(),
  programmeId: world.programmeId,
  seasonId: world.seasonId,
  organisationId,
  data: {
    placementId: randomUUID(),
    applicationId: randomUUID(),
    offerId: 'regional-offer',
    stage: 'regional-internship',
    status: 'accepted',
    previousStatus: 'offered',
  },
});

export const releaseAvailable = (world: { programmeId: string; seasonId: string }, organisationId: string): WebhookEvent => ({
  type: 'release.available',
  id: randomUUID(),
  occurredAt: new Date().toISOString(),
  programmeId: world.programmeId,
  seasonId: world.seasonId,
  organisationId,
  data: { releaseId: randomUUID(), applicationId: randomUUID() },
});

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
