import { SendEmailCommand, type SESv2Client } from '@aws-sdk/client-sesv2';
import type { Mailer, OutgoingMail } from '../../mail/ports/mailer.ts';
import { isTransientFault, TransientError } from '../../platform/workflow/transient-error.ts';

/**
 * Sends through SES v2 SendEmail from the deployment's sender address (MAIL_FROM). Recipients and
 * bodies are personal data: this adapter logs neither, and the errors it throws name only the SES
 * error (SES messages quote addresses, e.g. "identities failed the check: …").
 */
export class SesMailer implements Mailer {
  readonly #client: SESv2Client;
  readonly #from: string;

  constructor(client: SESv2Client, from: string) {
    this.#client = client;
    this.#from = from;
  }

  async send(mail: OutgoingMail): Promise<{ readonly messageId: string }> {
    const command = new SendEmailCommand({
      FromEmailAddress: this.#from,
      Destination: { ToAddresses: [...mail.to] },
      Content: {
        Simple: {
          Subject: { Data: mail.subject, Charset: 'UTF-8' },
          Body: { Text: { Data: mail.text, Charset: 'UTF-8' }, Html: { Data: mail.html, Charset: 'UTF-8' } },
          ...(mail.attachments === undefined || mail.attachments.length === 0
            ? {}
            : {
                Attachments: mail.attachments.map((attachment) => ({
                  FileName: attachment.fileName,
                  ContentType: attachment.contentType,
                  ContentDisposition: 'ATTACHMENT' as const,
                  RawContent: new TextEncoder().encode(attachment.content),
                })),
              }),
        },
      },
    });
    let messageId: string | undefined;
    try {
      ({ MessageId: messageId } = await this.#client.send(command));
    } catch (error) {
      const name = error instanceof Error ? error.name : 'UnknownError';
      throw isTransientFault(error) ? new TransientError(`SES SendEmail failed: ${name}`) : new Error(`SES refused the mail: ${name}`);
    }
    if (messageId === undefined) throw new Error('SES accepted the mail but returned no MessageId');
    return { messageId };
  }
}
