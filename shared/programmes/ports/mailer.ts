/**
 * Sends one mail. Adapters (SES) never log recipients or bodies: both may be personal data.
 * Kept next to the catalogue until a second capability sends mail; then it moves to shared/mail.
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
