import { QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { StatusListSnapshot, StatusLists } from '../../certificates/ports/status-lists.ts';
import { ENTITY, STATUS_LIST_INDEX_PARTITION, statusListKey, statusListKeys } from '../../platform/keys/keys.ts';
import { isConditionalCheckFailed } from './conditional-check.ts';
import { consistentGet } from './consistent-get.ts';

const numbers = (value: unknown): number[] => (value instanceof Set ? [...value].filter((item) => typeof item === 'number') : []);

/** One item a list: the revoked slots as a number set that ADD only grows, with its revision and the revision published. */
export class DynamoDbStatusLists implements StatusLists {
  readonly #client: DynamoDBDocumentClient;
  readonly #tableName: string;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.#client = client;
    this.#tableName = tableName;
  }

  async revoke(listId: number, index: number): Promise<number> {
    const keys = statusListKeys(listId);
    const { Attributes } = await this.#client.send(
      new UpdateCommand({
        TableName: this.#tableName,
        Key: statusListKey(listId),
        UpdateExpression: 'ADD revoked :slot, revision :one SET entity = :entity, gsi1pk = :gsi1pk, gsi1sk = :gsi1sk',
        ExpressionAttributeValues: {
          ':slot': new Set([index]),
          ':one': 1,
          ':entity': ENTITY.statusList,
          ':gsi1pk': keys.gsi1pk,
          ':gsi1sk': keys.gsi1sk,
        },
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    return Number(Attributes?.['revision'] ?? 0);
  }

  async snapshot(listId: number): Promise<StatusListSnapshot> {
    const item = await consistentGet(this.#client, this.#tableName, statusListKey(listId), (stored) => stored);
    const published = item?.['published'];
    return {
      listId,
      revoked: numbers(item?.['revoked']).sort((a, b) => a - b),
      revision: Number(item?.['revision'] ?? 0),
      published: typeof published === 'number' ? published : undefined,
    };
  }

  async markPublished(listId: number, revision: number): Promise<boolean> {
    const keys = statusListKeys(listId);
    try {
      await this.#client.send(
        new UpdateCommand({
          TableName: this.#tableName,
          Key: statusListKey(listId),
          UpdateExpression: 'SET published = :revision, entity = :entity, gsi1pk = :gsi1pk, gsi1sk = :gsi1sk',
          ConditionExpression: 'attribute_not_exists(published) OR published <= :revision',
          ExpressionAttributeValues: {
            ':revision': revision,
            ':entity': ENTITY.statusList,
            ':gsi1pk': keys.gsi1pk,
            ':gsi1sk': keys.gsi1sk,
          },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionalCheckFailed(error)) return false;
      throw error;
    }
  }

  async unpublished(): Promise<readonly number[]> {
    // A list a 131,072 certificates: a deployment's lists fit one page for a long time to come.
    const { Items = [] } = await this.#client.send(
      new QueryCommand({
        TableName: this.#tableName,
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :pk',
        ExpressionAttributeValues: { ':pk': STATUS_LIST_INDEX_PARTITION },
      }),
    );
    return Items.filter((item) => Number(item['revision'] ?? 0) > Number(item['published'] ?? 0)).map((item) =>
      Number(String(item['gsi1sk'])),
    );
  }
}
