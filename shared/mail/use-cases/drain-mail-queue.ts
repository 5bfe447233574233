import { isTransientFault } from '../../platform/workflow/transient-error.ts';
import { mailRetryDelayMs } from '../domain/mail-retry-delay.ts';
import { SendPacer } from '../domain/send-pacer.ts';
import type { DrainLease } from '../ports/drain-lease.ts';
import type { DueMail, MailOutbox } from '../ports/mail-outbox.ts';
import type { Mailer } from '../ports/mailer.ts';
import type { SendWindow } from '../ports/send-window.ts';
import { MAX_MAIL_FAILURE_REASON_LENGTH } from '../ports/undeliverable-mail.ts';

export interface DrainDependencies {
  readonly outbox: MailOutbox;
  readonly window: SendWindow;
  readonly lease: DrainLease;
  /** The only Mailer in cadre (SES). */
  readonly mailer: Mailer;
  readonly clock: () => Date;
  /** Waits out the send rate: the drainer's one legitimate pause. */
  readonly sleep: (ms: number) => Promise<void>;
  readonly random: () => number;
}

export interface DrainSettings {
  /** The deployment's SES send rate (MAIL_SEND_RATE_PER_SECOND). */
  readonly ratePerSecond: number;
  /** Stop taking new mails after this long (the Lambda runs every minute; ~50 s leaves room to finish). */
  readonly budgetMs: number;
  /** Who holds the lease (the invocation's request id). */
  readonly holder: string;
  /** Attempts before a transiently failing mail is given up and shown to staff. */
  readonly maxAttempts?: number | undefined;
  /** The first retry's delay; later ones double (mail-retry-delay.ts). */
  readonly firstRetryDelayMs?: number | undefined;
}

export interface DrainReport {
  /** `drained`: nothing due is left; `budget-spent`: stopped on time with mails still due; `lease-held`: another drainer is at work. */
  readonly outcome: 'drained' | 'budget-spent' | 'lease-held';
  readonly sent: number;
  readonly retried: number;
  readonly failed: number;
  /** Read as due but taken or finished by someone else first. */
  readonly skipped: number;
  /** Mails read as due (each read once: a mail taken leaves the due ones): the backlog this drain found, as far as it read. */
  readonly due: number;
}

export const DEFAULT_MAX_ATTEMPTS = 5;
/** Longer than any send takes: a claimed mail whose drainer died comes due again after this. */
const CLAIM_MS = 5 * 60_000;
/** The lease outlives the budget by the longest a send and its bookkeeping can take. */
const LEASE_MARGIN_MS = 60_000;
/** A season runs under a year; until then a re-run step that queues the same id again finds it sent. */
const KEEP_RECORD_MS = 400 * 24 * 60 * 60_000;

/** Mails read per batch: a few seconds of sending, at least one per shard. */
const batchSize = (ratePerSecond: number): number => Math.min(400, Math.max(16, ratePerSecond * 5));

/**
 * Sends due mails until none is left or the budget is spent, at most `ratePerSecond` in any
 * one-second window, under a lease so one drainer works the queue. Each mail is claimed before it
 * is sent (so it goes out once), marked sent after (its address and body removed), retried later
 * with backoff on a transient fault, and after `maxAttempts` or a refusal marked failed where
 * staff see it. The only code that sends mail.
 */
export const drainMailQueue = async (deps: DrainDependencies, settings: DrainSettings): Promise<DrainReport> => {
  const started = deps.clock().getTime();
  const deadline = started + settings.budgetMs;
  if (!(await deps.lease.acquire(settings.holder, new Date(started), new Date(deadline + LEASE_MARGIN_MS)))) {
    return { outcome: 'lease-held', sent: 0, retried: 0, failed: 0, skipped: 0, due: 0 };
  }
  const counts = { sent: 0, retried: 0, failed: 0, skipped: 0, due: 0 };
  const pacer = new SendPacer(settings.ratePerSecond);
  const maxAttempts = settings.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const now = () => deps.clock().getTime();

  /** Waits until this drainer's pace and the shared per-second count both allow one more send. */
  const waitForSlot = async (): Promise<void> => {
    for (;;) {
      const wait = pacer.waitMs(now());
      if (wait > 0) await deps.sleep(wait);
      const at = now();
      if (await deps.window.take(Math.floor(at / 1000), settings.ratePerSecond)) return;
      await deps.sleep(1000 - (at % 1000) + 1);
    }
  };

  const deliver = async (due: DueMail): Promise<void> => {
    const claimed = await deps.outbox.claim(due, new Date(now()), new Date(now() + CLAIM_MS));
    if (claimed === undefined) {
      counts.skipped += 1;
      return;
    }
    await waitForSlot();
    const sentAt = now();
    pacer.record(sentAt);
    let messageId: string;
    try {
      ({ messageId } = await deps.mailer.send(claimed.mail));
    } catch (error) {
      const reason = (error instanceof Error ? error.message : 'unknown error').slice(0, MAX_MAIL_FAILURE_REASON_LENGTH);
      if (isTransientFault(error) && claimed.attempts < maxAttempts) {
        await deps.outbox.retryLater(
          claimed,
          new Date(now() + mailRetryDelayMs(claimed.attempts, deps.random, settings.firstRetryDelayMs)),
          reason,
        );
        counts.retried += 1;
      } else {
        await deps.outbox.markFailed(claimed, new Date(now()), reason, new Date(now() + KEEP_RECORD_MS));
        counts.failed += 1;
      }
      return;
    }
    // SES has the mail. A fault recording that is not a failed send: queuing it for a retry would
    // send it again at once. It throws instead, and the mail stays claimed: only if the claim lapses
    // unrecorded (CLAIM_MS) does it go out a second time, the queue's one at-least-once window.
    await deps.outbox.markSent(claimed, new Date(sentAt), messageId, new Date(sentAt + KEEP_RECORD_MS));
    counts.sent += 1;
  };

  try {
    for (;;) {
      if (now() >= deadline) return { outcome: 'budget-spent', ...counts };
      const batch = await deps.outbox.due(new Date(now()), batchSize(settings.ratePerSecond));
      if (batch.length === 0) return { outcome: 'drained', ...counts };
      counts.due += batch.length;
      for (const due of batch) {
        if (now() >= deadline) return { outcome: 'budget-spent', ...counts };
        await deliver(due);
      }
    }
  } finally {
    await deps.lease.release(settings.holder);
  }
};
