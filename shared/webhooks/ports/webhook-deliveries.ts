import type { Page, PageRequest } from '../../platform/paging/page.ts';
import type { WebhookAttempt, WebhookDelivery, WebhookDeliverySummary } from '../webhook-delivery-schema.ts';

/** A delivery to be queued: one event (or a test ping) for one endpoint. */
export interface NewWebhookDelivery {
  readonly endpointId: string;
  /** The event's id: the delivery's id and its `webhook-id` header. */
  readonly id: string;
  readonly eventType: string;
  readonly programmeId: string;
  /** The season the event is of, where the endpoint's owner is told of a pause; absent for a test ping. */
  readonly seasonId: string | null;
  /** The body, exactly as every attempt sends it. */
  readonly payload: string;
}

/** A queued delivery as the dispatcher reads it. */
export interface DueWebhookDelivery extends NewWebhookDelivery {
  readonly attempts: number;
  readonly notBefore: string;
  readonly createdAt: string;
}

/** The fan-out's side: a delivery is queued once per (endpoint, event), however often the event is published. */
export interface WebhookDeliveryQueue {
  enqueue(delivery: NewWebhookDelivery, at: Date): Promise<'queued' | 'already-queued'>;
}

/**
 * The dispatcher's side. Every change is conditional on the delivery still being queued with the
 * attempts the dispatcher saw, so a stale read or a second dispatcher changes nothing.
 */
export interface WebhookOutbox {
  /** Up to `limit` deliveries due at `at`, oldest first across the queue's shards. */
  due(at: Date, limit: number): Promise<readonly DueWebhookDelivery[]>;
  /** Takes a due delivery for one attempt (counted; due again at `until` should the dispatcher die); undefined if no longer due. */
  claim(delivery: DueWebhookDelivery, at: Date, until: Date): Promise<DueWebhookDelivery | undefined>;
  delivered(delivery: DueWebhookDelivery, attempt: WebhookAttempt): Promise<void>;
  retryLater(delivery: DueWebhookDelivery, attempt: WebhookAttempt, notBefore: Date): Promise<void>;
  failed(delivery: DueWebhookDelivery, attempt: WebhookAttempt): Promise<void>;
  /** Its endpoint is paused: it waits, out of the due index, until the endpoint is resumed. */
  hold(delivery: DueWebhookDelivery, attempt: WebhookAttempt | undefined): Promise<void>;
  /** Its endpoint is gone: it leaves the queue and expires. */
  drop(delivery: DueWebhookDelivery): Promise<void>;
}

/** What an endpoint's owners read and do with its deliveries. */
export interface WebhookDeliveryLog {
  /** Newest first. */
  list(endpointId: string, page: PageRequest): Promise<Page<WebhookDeliverySummary>>;
  find(endpointId: string, deliveryId: string): Promise<WebhookDelivery | undefined>;
  /** Queues a delivered, failed or held delivery again, due at `at`, as a new series of attempts. */
  redeliver(endpointId: string, deliveryId: string, at: Date): Promise<'requeued' | 'not-found' | 'queued-already'>;
  /** Queues every delivery held while the endpoint was paused, due at `at`; answers how many. */
  releaseHeld(endpointId: string, at: Date): Promise<number>;
}
