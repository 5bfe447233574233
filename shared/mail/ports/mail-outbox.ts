import type { OutgoingMail } from './mailer.ts';

/** A queued mail as the drainer reads it. */
export interface DueMail {
  readonly id: string;
  readonly seasonId: string;
  readonly mail: OutgoingMail;
  /** ISO time it came due. */
  readonly notBefore: string;
  /** Send attempts made so far. */
  readonly attempts: number;
}

/**
 * The drainer's side of the mail queue. Every state change is conditional on the mail still being
 * queued, so a mail is sent by one drainer once even if two ever run at the same time.
 */
export interface MailOutbox {
  /**
   * Up to `limit` mails due at `at`, oldest first across the queue's shards. The read may lag a
   * fresh write; `claim` decides who sends.
   */
  due(at: Date, limit: number): Promise<readonly DueMail[]>;
  /**
   * Takes a due mail for one send attempt: counts the attempt and pushes its due time to `until`,
   * so a drainer that dies mid-send leaves it due again later instead of lost. Undefined when it
   * is no longer queued and due (sent, failed, or taken by another drainer).
   */
  claim(mail: DueMail, at: Date, until: Date): Promise<DueMail | undefined>;
  /** Sent: address, subject and body are removed; id, messageId and sentAt stay until `forgetAt`. */
  markSent(mail: DueMail, at: Date, messageId: string, forgetAt: Date): Promise<void>;
  /** A transient fault: due again at `notBefore`. */
  retryLater(mail: DueMail, notBefore: Date, reason: string): Promise<void>;
  /** Given up (a refusal, or too many faults): staff see it in the season's undeliverable mails. */
  markFailed(mail: DueMail, at: Date, reason: string, forgetAt: Date): Promise<void>;
}
