import { QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { UndeliverableMail, UndeliverableMailStore } from '../../mail/ports/undeliverable-mail.ts';
import type { Page, PageRequest } from '../../platform/paging/page.ts';
import { isConditionalCheckFailed } from './conditional-check.ts';
import { decodeCursor, encodeCursor } from '../../platform/paging/cursor.ts';
import { MAIL_STATUS, toUndeliverableMail } from './dynamodb-mail-items.ts';
import { mailDueIndexKeys, queuedMailKey, undeliverableMailPartition } from '../../platform/keys/keys.ts';
import { MailQueueTable } from './mail-queue-table.ts';

/** A season's failed mails (a sparse index partition) and putting one back in the queue. */
export class DynamoDbUndeliverableMail extends MailQueueTable implements UndeliverableMailStore {
  async listForSeason(seasonId: string, page: PageRequest): Promise<Page<UndeliverableMail>> {
    const partition = undeliverableMailPartition(seasonId);
    const { Items = [], LastEvaluatedKey } = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :partition',
        ExpressionAttributeValues: { ':partition': partition },
        // Staff see who and why, never the body: it is not even read.
        ProjectionExpression: 'pk, sk, gsi1pk, gsi1sk, mailId, #to, attempts, failedAt, lastError',
        ExpressionAttributeNames: { '#to': 'to' },
        Limit: page.limit,
        ExclusiveStartKey: decodeCursor(page.cursor, { index: 'gsi1', partition: { gsi1pk: partition } }),
      }),
    );
    return { items: Items.map(toUndeliverableMail), nextCursor: encodeCursor(LastEvaluatedKey) };
  }

  async requeue(seasonId: string, mailId: string, at: Date): Promise<'requeued' | 'not-found' | 'not-failed'> {
    const notBefore = at.toISOString();
    const due = mailDueIndexKeys(this.queue, mailId, notBefore);
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: queuedMailKey(mailId),
          UpdateExpression:
            'SET #status = :queued, attempts = :zero, notBefore = :notBefore, gsi1pk = :partition, gsi1sk = :sortKey REMOVE failedAt, expiresAt',
          ConditionExpression: 'seasonId = :season AND #status = :failed',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':queued': MAIL_STATUS.queued,
            ':failed': MAIL_STATUS.failed,
            ':zero': 0,
            ':notBefore': notBefore,
            ':season': seasonId,
            ':partition': due.gsi1pk,
            ':sortKey': due.gsi1sk,
          },
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        }),
      );
      return 'requeued';
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
      // The SDK leaves the refused item in wire format ({ S: '…' }).
      const season: unknown = error.Item?.['seasonId'];
      const storedSeason = typeof season === 'object' && season !== null && 'S' in season ? season.S : season;
      return storedSeason === seasonId ? 'not-failed' : 'not-found';
    }
  }
}
