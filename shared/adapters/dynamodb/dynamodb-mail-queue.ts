import { PutCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { MailCap, MailQueue, MailRecall, QueuedMail } from '../../mail/ports/mail-queue.ts';
import { isConditionalCheckFailed } from './conditional-check.ts';
import { MAIL_STATUS, queuedMailPut } from './dynamodb-mail-items.ts';
import { ENTITY, mailCapKey, queuedMailKey } from '../../platform/keys/keys.ts';
import { transactWrite } from './transact-write.ts';
import { cancellationReasons } from './transaction-cancellation.ts';
import { MailQueueTable } from './mail-queue-table.ts';

/** How long the record of a withdrawn mail stays (no recipient or body in it): a month. */
const WITHDRAWN_RECORD_SECONDS = 30 * 24 * 60 * 60;

/**
 * Queues mails as items of the one table (see README, "The mail queue": no SQS-compatible local
 * part speaks the SDK's protocol, and the table already gives conditional, exactly-once writes).
 */
export class DynamoDbMailQueue extends MailQueueTable implements MailQueue, MailRecall {
  async enqueue(mail: QueuedMail, at: Date): Promise<'queued' | 'already-queued'> {
    try {
      await this.client.send(new PutCommand(queuedMailPut(this.tableName, this.queue, mail, at)));
      return 'queued';
    } catch (error) {
      if (isConditionalCheckFailed(error)) return 'already-queued';
      throw error;
    }
  }

  /**
   * One transaction: the mail's Put (not queued before) and the cap's counter (below max, plus
   * one). The cancellation reasons say which condition refused; a mail already queued is not
   * counted again, whatever the counter says.
   */
  async enqueueCapped(mail: QueuedMail, cap: MailCap, at: Date): Promise<'queued' | 'already-queued' | 'cap-reached'> {
    try {
      await transactWrite(
        this.client,
        new TransactWriteCommand({
          TransactItems: [
            { Put: queuedMailPut(this.tableName, this.queue, mail, at) },
            {
              Update: {
                TableName: this.tableName,
                Key: mailCapKey(cap.counterId),
                UpdateExpression: 'ADD #count :one SET entity = :entity',
                ConditionExpression: 'attribute_not_exists(#count) OR #count < :max',
                ExpressionAttributeNames: { '#count': 'count' },
                ExpressionAttributeValues: { ':one': 1, ':max': cap.max, ':entity': ENTITY.mailCap },
              },
            },
          ],
        }),
      );
      return 'queued';
    } catch (error) {
      const reasons = cancellationReasons(error);
      if (reasons?.[0]?.code === 'ConditionalCheckFailed') return 'already-queued';
      if (reasons?.[1]?.code === 'ConditionalCheckFailed') return 'cap-reached';
      throw error;
    }
  }

  /**
   * Only a mail nobody has claimed: once the drainer holds it (claimedAt), it may be on its way to
   * SES, and the drainer's own conditions finish it. A withdrawn mail leaves the due index and
   * keeps no recipient or body; its record goes with the sent ones' retention.
   */
  async withdraw(mailId: string, at: Date): Promise<'withdrawn' | 'not-waiting'> {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: queuedMailKey(mailId),
          UpdateExpression:
            'SET #status = :withdrawn, withdrawnAt = :at, expiresAt = :expiresAt REMOVE #to, subject, #text, html, attachments, notBefore, gsi1pk, gsi1sk',
          ConditionExpression: '#status = :queued AND attribute_not_exists(claimedAt)',
          ExpressionAttributeNames: { '#status': 'status', '#to': 'to', '#text': 'text' },
          ExpressionAttributeValues: {
            ':withdrawn': MAIL_STATUS.withdrawn,
            ':queued': MAIL_STATUS.queued,
            ':at': at.toISOString(),
            ':expiresAt': Math.floor(at.getTime() / 1000) + WITHDRAWN_RECORD_SECONDS,
          },
        }),
      );
      return 'withdrawn';
    } catch (error) {
      if (isConditionalCheckFailed(error)) return 'not-waiting';
      throw error;
    }
  }
}
