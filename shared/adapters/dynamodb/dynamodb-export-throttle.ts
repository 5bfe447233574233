import { UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ExportWindow } from '../../own-data/domain/export-window.ts';
import type { ExportThrottle } from '../../own-data/ports/export-throttle.ts';
import { ENTITY, exportRateWindowKey } from '../../platform/keys/keys.ts';
import { isConditionalCheckFailed } from './conditional-check.ts';

/** A window's counter is worthless once the window ends; TTL clears it (within ~2 days, DynamoDB's promise). */
const WINDOW_TTL_SECONDS = 60;

/** One counter item per person and window, incremented only below the limit: a conditional ADD, so concurrent asks never overshoot. */
export class DynamoDbExportThrottle implements ExportThrottle {
  readonly #client: DynamoDBDocumentClient;
  readonly #tableName: string;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.#client = client;
    this.#tableName = tableName;
  }

  async take(subject: string, window: ExportWindow, max: number): Promise<boolean> {
    try {
      await this.#client.send(
        new UpdateCommand({
          TableName: this.#tableName,
          Key: exportRateWindowKey(subject, window.start),
          UpdateExpression: 'ADD asked :one SET expiresAt = :expiresAt, entity = :entity',
          ConditionExpression: 'attribute_not_exists(asked) OR asked < :max',
          ExpressionAttributeValues: {
            ':one': 1,
            ':max': max,
            ':expiresAt': window.start + window.seconds + WINDOW_TTL_SECONDS,
            ':entity': ENTITY.exportRateWindow,
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
