import type { Identity } from '../../platform/auth/identity.ts';
import { notFound } from '../../platform/errors/common-errors.ts';
import type { Page, PageRequest } from '../../platform/paging/page.ts';
import type { WebhookDelivery, WebhookDeliverySummary } from '../webhook-delivery-schema.ts';
import { WEBHOOK_TEST_EVENT_TYPE } from '../webhook-delivery-schema.ts';
import { deliveryQueuedAlready } from '../webhook-errors.ts';
import { managedEndpoint } from './endpoint-access.ts';
import type { WebhookDependencies } from './webhook-dependencies.ts';

export const listWebhookDeliveries = async (
  deps: WebhookDependencies,
  identity: Identity,
  endpointId: string,
  page: PageRequest,
): Promise<Page<WebhookDeliverySummary>> => {
  await managedEndpoint(deps, identity, endpointId);
  return deps.log.list(endpointId, page);
};

export const readWebhookDelivery = async (
  deps: WebhookDependencies,
  identity: Identity,
  endpointId: string,
  deliveryId: string,
): Promise<WebhookDelivery> => {
  await managedEndpoint(deps, identity, endpointId);
  const delivery = await deps.log.find(endpointId, deliveryId);
  if (delivery === undefined) throw notFound('webhook delivery');
  return delivery;
};

/** Queues a delivery again now, as a new series of attempts (its `webhook-id` stays: the receiver dedupes on it). */
export const redeliverWebhookDelivery = async (
  deps: WebhookDependencies,
  identity: Identity,
  endpointId: string,
  deliveryId: string,
): Promise<WebhookDelivery> => {
  await managedEndpoint(deps, identity, endpointId);
  const outcome = await deps.log.redeliver(endpointId, deliveryId, deps.clock());
  if (outcome === 'not-found') throw notFound('webhook delivery');
  if (outcome === 'queued-already') throw deliveryQueuedAlready();
  return readWebhookDelivery(deps, identity, endpointId, deliveryId);
};

/** A ping (`webhook.test`) queued for the endpoint, so its owner sees a signed delivery arrive and checks their verification. */
export const sendTestWebhookDelivery = async (
  deps: WebhookDependencies,
  identity: Identity,
  endpointId: string,
): Promise<WebhookDelivery> => {
  const endpoint = await managedEndpoint(deps, identity, endpointId);
  const id = deps.newId();
  const occurredAt = deps.clock().toISOString();
  await deps.queue.enqueue(
    {
      endpointId,
      id,
      eventType: WEBHOOK_TEST_EVENT_TYPE,
      programmeId: endpoint.programmeId,
      seasonId: null,
      payload: JSON.stringify({ type: WEBHOOK_TEST_EVENT_TYPE, id, occurredAt, programmeId: endpoint.programmeId, data: { endpointId } }),
    },
    deps.clock(),
  );
  return readWebhookDelivery(deps, identity, endpointId, id);
};
