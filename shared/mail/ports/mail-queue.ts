import type { OutgoingMail } from './mailer.ts';

/**
 * One mail waiting in the queue. `id` is its idempotency key: a mail with an id already queued
 * (or already sent) is never queued again, however often the step that queues it runs.
 */
export interface QueuedMail {
  readonly id: string;
  /** Where staff see the mail if it cannot be delivered (the season it concerns). */
  readonly seasonId: string;
  readonly mail: OutgoingMail;
  /** Not sent before this time (ISO); absent means as soon as the send rate allows. */
  readonly notBefore?: string;
}

/** A cap shared by several mails: e.g. at most N reminders per person per season. */
export interface MailCap {
  readonly counterId: string;
  readonly max: number;
}

/**
 * The outgoing-mail queue. Nothing but the queue's drainer talks to SES, so the
 * drainer's send-rate limit holds for every mail cadre sends, however many a gate queues at once.
 */
export interface MailQueue {
  enqueue(mail: QueuedMail, at: Date): Promise<'queued' | 'already-queued'>;
  /** Queues the mail only if the cap's counter is below `max`, counting it in the same write. */
  enqueueCapped(mail: QueuedMail, cap: MailCap, at: Date): Promise<'queued' | 'already-queued' | 'cap-reached'>;
}

/** Taking back a mail queued for later, by its id. */
export interface MailRecall {
  /**
   * The mail still waiting (a reminder of an interview the applicant moved) is never sent. A mail
   * already sent, failed, being sent or never queued is left as it is.
   */
  withdraw(mailId: string, at: Date): Promise<'withdrawn' | 'not-waiting'>;
}
