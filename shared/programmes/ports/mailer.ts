/**
 * Sends one mail. Adapters (SES) never log recipients or bodies: both may be personal data.
 * Lives with the catalogue, which sent mail first; applications (receipts, stage changes) use it too.
 */
export interface OutgoingMail {
  readonly to: readonly string[];
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<{ readonly messageId: string }>;
}
