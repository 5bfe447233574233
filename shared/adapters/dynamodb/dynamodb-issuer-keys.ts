import { GetCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { PublicSigningKey } from '../../certificates/domain/issuer-did.ts';
import type { IssuerKeys } from '../../certificates/ports/issuer-keys.ts';
import { ENTITY, issuerKeysKey } from '../../platform/keys/keys.ts';

interface StoredKey {
  readonly jwk: PublicSigningKey['jwk'];
  readonly since: string;
}

const newestFirst = (keys: Record<string, StoredKey>): PublicSigningKey[] =>
  Object.entries(keys)
    .sort(([, a], [, b]) => b.since.localeCompare(a.since))
    .map(([keyId, stored]) => ({ keyId, jwk: stored.jwk }));

/** One item: a map of key id to the public JWK and when it first signed; a key is added once (a condition on its map entry). */
export class DynamoDbIssuerKeys implements IssuerKeys {
  readonly #client: DynamoDBDocumentClient;
  readonly #tableName: string;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.#client = client;
    this.#tableName = tableName;
  }

  async remember(key: PublicSigningKey, at: string): Promise<{ readonly keys: readonly PublicSigningKey[]; readonly added: boolean }> {
    const { Item } = await this.#client.send(new GetCommand({ TableName: this.#tableName, Key: issuerKeysKey(), ConsistentRead: true }));
    const known = (Item?.['keys'] ?? {}) as Record<string, StoredKey>;
    if (known[key.keyId] !== undefined) return { keys: newestFirst(known), added: false };
    const { Attributes } = await this.#client.send(
      new UpdateCommand({
        TableName: this.#tableName,
        Key: issuerKeysKey(),
        // The map is created by the first key: SET on a path inside a missing map fails, so the first write sets it whole.
        UpdateExpression: Item === undefined ? 'SET #keys = :keys, entity = :entity' : 'SET #keys.#id = :key',
        ExpressionAttributeNames: Item === undefined ? { '#keys': 'keys' } : { '#keys': 'keys', '#id': key.keyId },
        ExpressionAttributeValues:
          Item === undefined
            ? { ':keys': { [key.keyId]: { jwk: key.jwk, since: at } }, ':entity': ENTITY.issuerKeys }
            : { ':key': { jwk: key.jwk, since: at } },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return { keys: newestFirst((Attributes?.['keys'] ?? {}) as Record<string, StoredKey>), added: true };
  }
}
