import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { SendWindow } from '../../mail/ports/send-window.ts';
import { isConditionalCheckFailed } from './conditional-check.ts';
import { ENTITY, mailSendWindowKey } from '../../platform/keys/keys.ts';
import { MailQueueTable } from './mail-queue-table.ts';

/** A second's counter is worthless a minute later; TTL clears it (within ~2 days, DynamoDB's promise). */
const WINDOW_TTL_SECONDS = 60;

/** One counter item per second of a queue, incremented only below the rate: a conditional ADD. */
export class DynamoDbMailSendWindow extends MailQueueTable implements SendWindow {
  async take(epochSecond: number, max: number): Promise<boolean> {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: mailSendWindowKey(this.queue, epochSecond),
          UpdateExpression: 'ADD sent :one SET expiresAt = :expiresAt, entity = :entity',
          ConditionExpression: 'attribute_not_exists(sent) OR sent < :max',
          ExpressionAttributeValues: {
            ':one': 1,
            ':max': max,
            ':expiresAt': epochSecond + WINDOW_TTL_SECONDS,
            ':entity': ENTITY.mailSendWindow,
          },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionalCheckFailed(error)) return false;
      throw error;
    }
  }
}
