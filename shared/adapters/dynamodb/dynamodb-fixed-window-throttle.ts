import { UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { UploadThrottle } from '../../documents/ports/upload-throttle.ts';
import type { ExportThrottle } from '../../own-data/ports/export-throttle.ts';
import { ENTITY, exportRateWindowKey, type TableKeys, uploadRateWindowKey } from '../../platform/keys/keys.ts';
import { isConditionalCheckFailed } from './conditional-check.ts';

/** A window's counter is worthless once the window ends; TTL clears it (within ~2 days, DynamoDB's promise). */
const WINDOW_TTL_SECONDS = 60;

/** Which counter a throttle keeps: its key per caller and window, and its entity tag. */
export interface FixedWindowCounter {
  readonly key: (callerId: string, windowStart: number) => TableKeys;
  readonly entity: string;
}

/** Upload forms a caller asked for in one window (the documents' throttle). */
export const UPLOAD_RATE_COUNTER: FixedWindowCounter = { key: uploadRateWindowKey, entity: ENTITY.uploadRateWindow };
/** Own-data exports a person asked for in one window. */
export const EXPORT_RATE_COUNTER: FixedWindowCounter = { key: exportRateWindowKey, entity: ENTITY.exportRateWindow };

/**
 * A fixed-window rate limit (upload forms per caller, own-data exports per person): one counter
 * item per caller and window, incremented only below the limit by one conditional ADD, so
 * concurrent asks never overshoot.
 */
export class DynamoDbFixedWindowThrottle implements UploadThrottle, ExportThrottle {
  readonly #client: DynamoDBDocumentClient;
  readonly #tableName: string;
  readonly #counter: FixedWindowCounter;

  constructor(client: DynamoDBDocumentClient, tableName: string, counter: FixedWindowCounter) {
    this.#client = client;
    this.#tableName = tableName;
    this.#counter = counter;
  }

  async take(callerId: string, window: { readonly start: number; readonly seconds: number }, max: number): Promise<boolean> {
    try {
      await this.#client.send(
        new UpdateCommand({
          TableName: this.#tableName,
          Key: this.#counter.key(callerId, window.start),
          UpdateExpression: 'ADD asked :one SET expiresAt = :expiresAt, entity = :entity',
          ConditionExpression: 'attribute_not_exists(asked) OR asked < :max',
          ExpressionAttributeValues: {
            ':one': 1,
            ':max': max,
            ':expiresAt': window.start + window.seconds + WINDOW_TTL_SECONDS,
            ':entity': this.#counter.entity,
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
