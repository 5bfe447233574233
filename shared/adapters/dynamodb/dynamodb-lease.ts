import { DeleteCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { TableKeys } from '../../platform/keys/keys.ts';
import { isConditionalCheckFailed } from './conditional-check.ts';
import { ITEM_ABSENT } from './put-once.ts';

/** A lease that lets one worker at a time do a job (drain the mail queue, issue certificates); a holder that dies loses it when `until` passes. */
export interface Lease {
  acquire(holder: string, at: Date, until: Date): Promise<boolean>;
  release(holder: string): Promise<void>;
}

/** One lease item: taken if free, expired or already this holder's; released only by its holder. */
export const dynamoDbLease = (client: Pick<DynamoDBDocumentClient, 'send'>, tableName: string, key: TableKeys, entity: string): Lease => ({
  async acquire(holder, at, until) {
    try {
      await client.send(
        new PutCommand({
          TableName: tableName,
          Item: { ...key, entity, holder, leaseUntil: until.getTime(), acquiredAt: at.toISOString() },
          ConditionExpression: `${ITEM_ABSENT} OR leaseUntil < :now OR holder = :holder`,
          ExpressionAttributeValues: { ':now': at.getTime(), ':holder': holder },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionalCheckFailed(error)) return false;
      throw error;
    }
  },
  async release(holder) {
    try {
      await client.send(
        new DeleteCommand({
          TableName: tableName,
          Key: key,
          ConditionExpression: 'holder = :holder',
          ExpressionAttributeValues: { ':holder': holder },
        }),
      );
    } catch (error) {
      // Expired and taken by another worker meanwhile: it is theirs now.
      if (!isConditionalCheckFailed(error)) throw error;
    }
  },
});
