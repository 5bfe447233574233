/**
 * Sends one mail. Adapters (SES) never log recipients or bodies: both may be personal data.
 * Only the mail queue's drainer holds a Mailer: everything else queues (ports/mail-queue.ts), so
 * the deployment's send rate holds for every mail cadre sends.
 */
export interface OutgoingMail {
  readonly to: readonly string[];
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  /** Small text files sent along (a calendar invitation); kept with the queued mail, so a few kilobytes at most. */
  readonly attachments?: readonly MailAttachment[] | undefined;
}

export interface MailAttachment {
  readonly fileName: string;
  /** With its parameters, e.g. `text/calendar; charset=utf-8; method=REQUEST`. */
  readonly contentType: string;
  /** The file's text (UTF-8). */
  readonly content: string;
}

/**
 * Throws a `TransientError` (shared/platform/workflow/transient-error.ts) for a fault worth retrying
 * (throttling, a 5xx, a dropped connection) and any other error for a refusal (a rejected address).
 */
export interface Mailer {
  send(mail: OutgoingMail): Promise<{ readonly messageId: string }>;
}
