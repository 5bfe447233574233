import { DeleteCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { NotificationClaim, NotificationLedger } from '../../programmes/ports/notification-ledger.ts';
import { isConditionalCheckFailed } from './conditional-check.ts';
import { notificationKey } from './keys.ts';

const epochSeconds = (at: Date): number => Math.floor(at.getTime() / 1000);

/**
 * The conditional Put that claims a notification: the one definition of a claim, sent alone by
 * `claim` or as one item of another write's transaction (TransactWriteItems takes the same shape).
 * It succeeds on a notification never claimed, or on a claim whose lease ran out (its sender died).
 */
export const notificationClaimPut = (tableName: string, claim: NotificationClaim) => ({
  TableName: tableName,
  Item: {
    ...notificationKey(claim.notificationId),
    entity: 'notification',
    status: 'claimed',
    claimedAt: claim.at.toISOString(),
    leaseUntil: epochSeconds(claim.at) + claim.leaseSeconds,
  },
  ConditionExpression: 'attribute_not_exists(pk) OR (#status = :claimed AND leaseUntil < :now)',
  ExpressionAttributeNames: { '#status': 'status' },
  ExpressionAttributeValues: { ':claimed': 'claimed', ':now': epochSeconds(claim.at) },
});

/** The guard item of a notification: claimed (with a lease) while sending, sent once done. */
export class DynamoDbNotificationLedger implements NotificationLedger {
  readonly #client: DynamoDBDocumentClient;
  readonly #tableName: string;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.#client = client;
    this.#tableName = tableName;
  }

  async claim(notificationId: string, at: Date, leaseSeconds: number): Promise<boolean> {
    try {
      await this.#client.send(new PutCommand(notificationClaimPut(this.#tableName, { notificationId, at, leaseSeconds })));
      return true;
    } catch (error) {
      if (isConditionalCheckFailed(error)) return false;
      throw error;
    }
  }

  async confirm(notificationId: string, at: Date, messageId: string): Promise<void> {
    await this.#client.send(
      new UpdateCommand({
        TableName: this.#tableName,
        Key: notificationKey(notificationId),
        UpdateExpression: 'SET #status = :sent, sentAt = :at, messageId = :messageId REMOVE leaseUntil',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':sent': 'sent', ':at': at.toISOString(), ':messageId': messageId },
      }),
    );
  }

  async release(notificationId: string): Promise<void> {
    try {
      await this.#client.send(
        new DeleteCommand({
          TableName: this.#tableName,
          Key: notificationKey(notificationId),
          ConditionExpression: '#status = :claimed',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':claimed': 'claimed' },
        }),
      );
    } catch (error) {
      // Already sent by another run: nothing to give back.
      if (!isConditionalCheckFailed(error)) throw error;
    }
  }
}
