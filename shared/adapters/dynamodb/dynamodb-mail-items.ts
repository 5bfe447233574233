import type { DueMail } from '../../mail/ports/mail-outbox.ts';
import type { QueuedMail } from '../../mail/ports/mail-queue.ts';
import type { MailAttachment } from '../../mail/ports/mailer.ts';
import type { UndeliverableMail } from '../../mail/ports/undeliverable-mail.ts';
import { mailRef } from '../../mail/domain/mail-ref.ts';
import { ENTITY, mailDueIndexKeys, queuedMailKey } from '../../platform/keys/keys.ts';
import { putOnce } from './put-once.ts';

/** The queue every function of a deployment uses; tests drain queues of their own. */
export const MAIN_MAIL_QUEUE = 'main';

export const MAIL_STATUS = { queued: 'queued', sent: 'sent', failed: 'failed', withdrawn: 'withdrawn' } as const;

/**
 * The conditional Put that queues a mail: the one definition of "queued once", sent alone by
 * `enqueue` or as one item of another write's transaction (the submission queues its receipt).
 * Refused when the id was ever queued (queued, sent or failed).
 */
export const queuedMailPut = (tableName: string, queue: string, mail: QueuedMail, at: Date) => {
  const notBefore = mail.notBefore ?? at.toISOString();
  return putOnce(tableName, {
    ...queuedMailKey(mail.id),
    ...mailDueIndexKeys(queue, mail.id, notBefore),
    entity: ENTITY.mail,
    mailId: mail.id,
    queue,
    seasonId: mail.seasonId,
    status: MAIL_STATUS.queued,
    to: [...mail.mail.to],
    subject: mail.mail.subject,
    text: mail.mail.text,
    html: mail.mail.html,
    ...(mail.mail.attachments === undefined || mail.mail.attachments.length === 0 ? {} : { attachments: [...mail.mail.attachments] }),
    queuedAt: at.toISOString(),
    notBefore,
    attempts: 0,
  });
};

const text = (item: Record<string, unknown>, name: string): string => {
  const value = item[name];
  if (typeof value !== 'string') throw new Error(`A mail item lacks ${name}`);
  return value;
};

const recipients = (item: Record<string, unknown>): string[] => {
  const to = item['to'];
  return Array.isArray(to) ? to.filter((address): address is string => typeof address === 'string') : [];
};

const attachments = (item: Record<string, unknown>): MailAttachment[] => {
  const stored = item['attachments'];
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((attachment: Record<string, unknown>) =>
    typeof attachment['fileName'] === 'string' && typeof attachment['contentType'] === 'string' && typeof attachment['content'] === 'string'
      ? [{ fileName: attachment['fileName'], contentType: attachment['contentType'], content: attachment['content'] }]
      : [],
  );
};

export const toDueMail = (item: Record<string, unknown>): DueMail => ({
  id: text(item, 'mailId'),
  seasonId: text(item, 'seasonId'),
  mail: {
    to: recipients(item),
    subject: text(item, 'subject'),
    text: text(item, 'text'),
    html: text(item, 'html'),
    ...(attachments(item).length === 0 ? {} : { attachments: attachments(item) }),
  },
  notBefore: text(item, 'notBefore'),
  attempts: Number(item['attempts'] ?? 0),
});

export const toUndeliverableMail = (item: Record<string, unknown>): UndeliverableMail => ({
  ref: mailRef(text(item, 'mailId')),
  mailId: text(item, 'mailId'),
  to: recipients(item),
  attempts: Number(item['attempts'] ?? 0),
  failedAt: text(item, 'failedAt'),
  reason: typeof item['lastError'] === 'string' ? item['lastError'] : '',
});
