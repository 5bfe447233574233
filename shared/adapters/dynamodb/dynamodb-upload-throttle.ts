import { UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { UploadWindow } from '../../documents/domain/upload/upload-limits.ts';
import type { UploadThrottle } from '../../documents/ports/upload-throttle.ts';
import { isConditionalCheckFailed } from './conditional-check.ts';
import { ENTITY, uploadRateWindowKey } from '../../platform/keys/keys.ts';

/** A window's counter is worthless once the window ends; TTL clears it (within ~2 days, DynamoDB's promise). */
const WINDOW_TTL_SECONDS = 60;

/** One counter item per caller and window, incremented only below the limit: a conditional ADD. */
export class DynamoDbUploadThrottle implements UploadThrottle {
  readonly #client: DynamoDBDocumentClient;
  readonly #tableName: string;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.#client = client;
    this.#tableName = tableName;
  }

  async take(callerId: string, window: UploadWindow, max: number): Promise<boolean> {
    try {
      await this.#client.send(
        new UpdateCommand({
          TableName: this.#tableName,
          Key: uploadRateWindowKey(callerId, window.start),
          UpdateExpression: 'ADD asked :one SET expiresAt = :expiresAt, entity = :entity',
          ConditionExpression: 'attribute_not_exists(asked) OR asked < :max',
          ExpressionAttributeValues: {
            ':one': 1,
            ':max': max,
            ':expiresAt': window.start + window.seconds + WINDOW_TTL_SECONDS,
            ':entity': ENTITY.uploadRateWindow,
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
