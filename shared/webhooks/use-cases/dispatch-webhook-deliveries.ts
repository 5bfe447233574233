import type { MailQueue } from '../../mail/ports/mail-queue.ts';
import type { Lease } from '../ports/dispatch-lease.ts';
import { shouldPause, webhookRetryDelayMs } from '../domain/retry-schedule.ts';
import { signDelivery } from '../domain/sign-delivery.ts';
import { signingSecrets } from '../domain/webhook-secret.ts';
import type { DueWebhookDelivery, WebhookOutbox } from '../ports/webhook-deliveries.ts';
import type { StoredWebhookEndpoint, WebhookEndpointStore } from '../ports/webhook-endpoint-store.ts';
import type { WebhookSender } from '../ports/webhook-sender.ts';
import type { WebhookAttempt } from '../webhook-delivery-schema.ts';
import { endpointPausedMail, endpointPausedMailId } from '../mail/endpoint-paused-mail.ts';

export interface DispatchDependencies {
  readonly outbox: WebhookOutbox;
  readonly endpoints: WebhookEndpointStore;
  readonly sender: WebhookSender;
  readonly lease: Lease;
  /** The pause mail to the endpoint's owner goes through the mail queue, like every cadre mail. */
  readonly mail: MailQueue;
  readonly clock: () => Date;
  readonly random: () => number;
}

export interface DispatchSettings {
  /** Stop taking deliveries after this long (the Lambda runs every minute). */
  readonly budgetMs: number;
  /** Who holds the lease (the invocation's request id). */
  readonly holder: string;
  /** Attempts in flight at once: a slow receiver (up to the sender's 10 s timeout) holds up no other. */
  readonly concurrency?: number | undefined;
}

export interface DispatchReport {
  readonly outcome: 'drained' | 'budget-spent' | 'lease-held';
  readonly delivered: number;
  readonly retried: number;
  readonly failed: number;
  readonly held: number;
  readonly dropped: number;
  readonly paused: number;
  /** Read as due but taken or finished by someone else first. */
  readonly skipped: number;
}

/** Longer than an attempt takes (the sender's timeout is 10 s): a claimed delivery whose dispatcher died comes due again after this. */
const CLAIM_MS = 2 * 60_000;
/** The lease outlives the budget by the longest an attempt and its bookkeeping take. */
const LEASE_MARGIN_MS = 30_000;
const BATCH_SIZE = 64;
const DEFAULT_CONCURRENCY = 8;
const is2xx = (statusCode: number): boolean => statusCode >= 200 && statusCode < 300;

/**
 * POSTs due webhook deliveries until none is left or the budget is spent, under a lease (one
 * dispatcher at a time). Each delivery is claimed (so it goes out once per attempt), signed with
 * its endpoint's valid secrets at the moment of sending, and then delivered (any 2xx: no more
 * attempts), retried later with backoff and jitter, or failed after its last attempt. An endpoint
 * every attempt of which has failed for a day is paused and its owner mailed; its deliveries are
 * held (not attempted) until it is resumed. A delivery whose endpoint was removed is dropped.
 */
export const dispatchWebhookDeliveries = async (deps: DispatchDependencies, settings: DispatchSettings): Promise<DispatchReport> => {
  const now = () => deps.clock();
  const started = now().getTime();
  const deadline = started + settings.budgetMs;
  const counts = { delivered: 0, retried: 0, failed: 0, held: 0, dropped: 0, paused: 0, skipped: 0 };
  if (!(await deps.lease.acquire(settings.holder, new Date(started), new Date(deadline + LEASE_MARGIN_MS)))) {
    return { outcome: 'lease-held', ...counts };
  }

  /** Endpoints a failure was recorded for in this run: a success after one ends the streak, whatever the batch's read said. */
  const failedThisRun = new Set<string>();

  const pauseIfFailingLong = async (endpoint: StoredWebhookEndpoint, delivery: DueWebhookDelivery, at: Date): Promise<boolean> => {
    failedThisRun.add(endpoint.id);
    const failing = await deps.endpoints.recordFailure(endpoint.id, at);
    // Removed meanwhile: its deliveries are dropped when they next come due.
    if (failing === undefined) return false;
    if (failing.status === 'paused') return true;
    if (failing.failingSince === null || !shouldPause(failing.failingSince, at)) return false;
    if (!(await deps.endpoints.pause(endpoint.id, at))) return true;
    counts.paused += 1;
    if (failing.ownerEmail !== null) {
      await deps.mail.enqueue(
        {
          id: endpointPausedMailId(endpoint.id, at.toISOString()),
          // Staff see an undeliverable pause mail with the season the failing event was of (a test ping has none: the programme names it).
          seasonId: delivery.seasonId ?? `programme-${endpoint.programmeId}`,
          mail: endpointPausedMail({ ...failing, ownerEmail: failing.ownerEmail }),
        },
        at,
      );
    }
    return true;
  };

  const attempt = async (due: DueWebhookDelivery, endpoints: Map<string, Promise<StoredWebhookEndpoint | undefined>>): Promise<void> => {
    let endpointRead = endpoints.get(due.endpointId);
    if (endpointRead === undefined) {
      endpointRead = deps.endpoints.find(due.endpointId);
      endpoints.set(due.endpointId, endpointRead);
    }
    let endpoint = await endpointRead;
    if (endpoint?.status === 'paused') {
      // Read again before holding: the batch's read may predate a resume, whose release of the held
      // deliveries would then miss this one, held after it.
      endpoint = await deps.endpoints.find(due.endpointId);
      endpoints.set(due.endpointId, Promise.resolve(endpoint));
      if (endpoint?.status === 'paused') {
        await deps.outbox.hold(due, undefined);
        counts.held += 1;
        return;
      }
    }
    if (endpoint === undefined) {
      await deps.outbox.drop(due);
      counts.dropped += 1;
      return;
    }
    const claimed = await deps.outbox.claim(due, now(), new Date(now().getTime() + CLAIM_MS));
    if (claimed === undefined) {
      counts.skipped += 1;
      return;
    }
    const at = now();
    const headers = signDelivery(signingSecrets(endpoint.secrets, at), claimed.id, at, claimed.payload);
    const outcome = await deps.sender.send(endpoint.url, headers, claimed.payload);
    const record: WebhookAttempt = {
      at: at.toISOString(),
      durationMs: Math.max(0, Math.round(outcome.durationMs)),
      statusCode: outcome.kind === 'answered' ? outcome.statusCode : null,
      error: outcome.kind === 'answered' ? null : outcome.error,
    };
    if (outcome.kind === 'answered' && is2xx(outcome.statusCode)) {
      await deps.outbox.delivered(claimed, record);
      if (endpoint.failingSince !== null || failedThisRun.delete(endpoint.id)) await deps.endpoints.recordSuccess(endpoint.id);
      counts.delivered += 1;
      return;
    }
    if (await pauseIfFailingLong(endpoint, claimed, now())) {
      // Read afresh by the next batch: every delivery of a paused endpoint waits.
      endpoints.delete(endpoint.id);
      await deps.outbox.hold(claimed, record);
      counts.held += 1;
      return;
    }
    const delay = webhookRetryDelayMs(claimed.attempts, deps.random);
    if (delay === undefined) {
      await deps.outbox.failed(claimed, record);
      counts.failed += 1;
    } else {
      await deps.outbox.retryLater(claimed, record, new Date(now().getTime() + delay));
      counts.retried += 1;
    }
  };

  try {
    for (;;) {
      if (now().getTime() >= deadline) return { outcome: 'budget-spent', ...counts };
      const batch = await deps.outbox.due(now(), BATCH_SIZE);
      if (batch.length === 0) return { outcome: 'drained', ...counts };
      // Endpoints are read once per batch: a pause or a resume is seen by the next one.
      const endpoints = new Map<string, Promise<StoredWebhookEndpoint | undefined>>();
      const queue = [...batch];
      const worker = async (): Promise<void> => {
        for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
          if (now().getTime() >= deadline) return;
          await attempt(next, endpoints);
        }
      };
      await Promise.all(Array.from({ length: settings.concurrency ?? DEFAULT_CONCURRENCY }, worker));
    }
  } finally {
    await deps.lease.release(settings.holder);
  }
};
