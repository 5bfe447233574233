import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { DueMail, MailOutbox } from '../../mail/ports/mail-outbox.ts';
import { isConditionalCheckFailed } from './conditional-check.ts';
import { dueAcrossShards } from './due-across-shards.ts';
import { MAIL_STATUS, toDueMail } from './dynamodb-mail-items.ts';
import {
  MAIL_QUEUE_SHARDS,
  mailDueIndexKeys,
  mailQueueDueBound,
  mailQueueShardPartition,
  queuedMailKey,
  undeliverableMailIndexKeys,
} from '../../platform/keys/keys.ts';
import { MailQueueTable } from './mail-queue-table.ts';

const epochSeconds = (at: Date): number => Math.floor(at.getTime() / 1000);

/**
 * The drainer's view of the queue. Each change is an UpdateItem conditional on the mail being
 * queued with the attempts this drainer saw, so a stale read or a second drainer changes nothing.
 */
export class DynamoDbMailOutbox extends MailQueueTable implements MailOutbox {
  /** One Query per shard (in parallel), merged by due time; each shard gives its share of the batch. */
  async due(at: Date, limit: number): Promise<readonly DueMail[]> {
    const due = await dueAcrossShards(
      this.client,
      this.tableName,
      {
        shards: MAIL_QUEUE_SHARDS,
        partition: (shard) => mailQueueShardPartition(this.queue, shard),
        bound: mailQueueDueBound(at.toISOString()),
      },
      limit,
    );
    return due.map(toDueMail);
  }

  async claim(mail: DueMail, at: Date, until: Date): Promise<DueMail | undefined> {
    const notBefore = until.toISOString();
    const updated = await this.#update(mail, {
      UpdateExpression: 'SET attempts = :next, notBefore = :notBefore, gsi1sk = :sortKey, claimedAt = :at',
      ConditionExpression: 'notBefore <= :now',
      ExpressionAttributeValues: {
        ':next': mail.attempts + 1,
        ':notBefore': notBefore,
        ':sortKey': mailDueIndexKeys(this.queue, mail.id, notBefore).gsi1sk,
        ':at': at.toISOString(),
        ':now': at.toISOString(),
      },
    });
    return updated ? { ...mail, attempts: mail.attempts + 1, notBefore } : undefined;
  }

  async markSent(mail: DueMail, at: Date, messageId: string, forgetAt: Date): Promise<void> {
    await this.#update(mail, {
      UpdateExpression:
        'SET #status = :sent, sentAt = :at, messageId = :messageId, expiresAt = :expiresAt REMOVE #to, subject, #text, html, attachments, notBefore, gsi1pk, gsi1sk, lastError, claimedAt',
      ExpressionAttributeNames: { '#to': 'to', '#text': 'text' },
      ExpressionAttributeValues: {
        ':sent': MAIL_STATUS.sent,
        ':at': at.toISOString(),
        ':messageId': messageId,
        ':expiresAt': epochSeconds(forgetAt),
      },
    });
  }

  async retryLater(mail: DueMail, notBefore: Date, reason: string): Promise<void> {
    const due = notBefore.toISOString();
    await this.#update(mail, {
      UpdateExpression: 'SET notBefore = :notBefore, gsi1sk = :sortKey, lastError = :reason REMOVE claimedAt',
      ExpressionAttributeValues: { ':notBefore': due, ':sortKey': mailDueIndexKeys(this.queue, mail.id, due).gsi1sk, ':reason': reason },
    });
  }

  /** Leaves the due index for the season's undeliverable list; the body stays so staff can retry it. */
  async markFailed(mail: DueMail, at: Date, reason: string, forgetAt: Date): Promise<void> {
    const failedAt = at.toISOString();
    const undeliverable = undeliverableMailIndexKeys(mail.seasonId, failedAt, mail.id);
    await this.#update(mail, {
      UpdateExpression:
        'SET #status = :failed, failedAt = :at, lastError = :reason, gsi1pk = :partition, gsi1sk = :sortKey, expiresAt = :expiresAt REMOVE notBefore, claimedAt',
      ExpressionAttributeValues: {
        ':failed': MAIL_STATUS.failed,
        ':at': failedAt,
        ':reason': reason,
        ':partition': undeliverable.gsi1pk,
        ':sortKey': undeliverable.gsi1sk,
        ':expiresAt': epochSeconds(forgetAt),
      },
    });
  }

  /** An update of a mail still queued with the attempts `mail` carries; false when that no longer holds. */
  async #update(
    mail: DueMail,
    update: {
      UpdateExpression: string;
      ConditionExpression?: string;
      ExpressionAttributeNames?: Record<string, string>;
      ExpressionAttributeValues: Record<string, unknown>;
    },
  ): Promise<boolean> {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: queuedMailKey(mail.id),
          UpdateExpression: update.UpdateExpression,
          ConditionExpression: [
            '#status = :queued',
            'attempts = :attempts',
            ...(update.ConditionExpression === undefined ? [] : [update.ConditionExpression]),
          ].join(' AND '),
          ExpressionAttributeNames: { '#status': 'status', ...update.ExpressionAttributeNames },
          ExpressionAttributeValues: { ':queued': MAIL_STATUS.queued, ':attempts': mail.attempts, ...update.ExpressionAttributeValues },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionalCheckFailed(error)) return false;
      throw error;
    }
  }
}
