import { DeleteCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { DrainLease } from '../../mail/ports/drain-lease.ts';
import { isConditionalCheckFailed } from './conditional-check.ts';
import { ENTITY, mailDrainLeaseKey } from '../../platform/keys/keys.ts';
import { ITEM_ABSENT } from './put-once.ts';
import { MailQueueTable } from './mail-queue-table.ts';

/** One lease item per queue: taken if free, expired or already this holder's. */
export class DynamoDbMailDrainLease extends MailQueueTable implements DrainLease {
  async acquire(holder: string, at: Date, until: Date): Promise<boolean> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            ...mailDrainLeaseKey(this.queue),
            entity: ENTITY.mailDrainLease,
            holder,
            leaseUntil: until.getTime(),
            acquiredAt: at.toISOString(),
          },
          ConditionExpression: `${ITEM_ABSENT} OR leaseUntil < :now OR holder = :holder`,
          ExpressionAttributeValues: { ':now': at.getTime(), ':holder': holder },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionalCheckFailed(error)) return false;
      throw error;
    }
  }

  async release(holder: string): Promise<void> {
    try {
      await this.client.send(
        new DeleteCommand({
          TableName: this.tableName,
          Key: mailDrainLeaseKey(this.queue),
          ConditionExpression: 'holder = :holder',
          ExpressionAttributeValues: { ':holder': holder },
        }),
      );
    } catch (error) {
      // Expired and taken by another drainer meanwhile: it is theirs now.
      if (!isConditionalCheckFailed(error)) throw error;
    }
  }
}
