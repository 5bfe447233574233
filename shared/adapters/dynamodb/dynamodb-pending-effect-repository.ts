import { PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import {
  pendingEffectSchema,
  type PendingEffect,
  type PendingEffectRepository,
} from '../../progression/ports/pending-effect-repository.ts';
import { isConditionalCheckFailed, withoutAttributes } from './conditional-check.ts';
import { ENTITY, KEY_ATTRIBUTES, PENDING_EFFECT_PREFIX, applicationKey, pendingEffectKey } from '../../platform/keys/keys.ts';
import { putOnce } from './put-once.ts';

/** Effects owed by later capabilities, in the application's partition (keys.ts). */
export class DynamoDbPendingEffectRepository implements PendingEffectRepository {
  readonly #client: DynamoDBDocumentClient;
  readonly #tableName: string;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.#client = client;
    this.#tableName = tableName;
  }

  async record(effect: PendingEffect): Promise<void> {
    try {
      await this.#client.send(
        new PutCommand(
          putOnce(this.#tableName, {
            ...pendingEffectKey(effect.applicationId, effect.version, effect.effect),
            entity: ENTITY.pendingEffect,
            ...effect,
          }),
        ),
      );
    } catch (error) {
      // The same effect of the same move, recorded by a repeated run: one record.
      if (!isConditionalCheckFailed(error)) throw error;
    }
  }

  async listForApplication(applicationId: string): Promise<readonly PendingEffect[]> {
    const { Items = [] } = await this.#client.send(
      new QueryCommand({
        TableName: this.#tableName,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': applicationKey(applicationId).pk, ':prefix': PENDING_EFFECT_PREFIX },
        ConsistentRead: true,
      }),
    );
    return Items.map((item) => pendingEffectSchema.parse(withoutAttributes(item, KEY_ATTRIBUTES)));
  }
}
