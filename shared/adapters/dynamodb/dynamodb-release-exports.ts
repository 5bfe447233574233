import { GetCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ENTITY, releaseExportKey } from '../../platform/keys/keys.ts';
import { releaseExportSchema, type ReleaseExport } from '../../releases/release-export-schema.ts';
import type { ReleaseExports } from '../../releases/ports/release-exports.ts';
import { withoutAttributes } from './conditional-check.ts';
import { parseStoredItem } from './parse-stored.ts';
import { putOnce } from './put-once.ts';

const toExport = (item: Record<string, unknown>): ReleaseExport =>
  parseStoredItem(releaseExportSchema, withoutAttributes(item, ['expiresAt']));

/** A push export's record in its own partition (a download touches nothing else), dropped by TTL with its file. */
export class DynamoDbReleaseExports implements ReleaseExports {
  readonly #client: DynamoDBDocumentClient;
  readonly #tableName: string;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.#client = client;
    this.#tableName = tableName;
  }

  async create(record: ReleaseExport, expiresAt: Date): Promise<void> {
    await this.#client.send(
      new PutCommand(
        putOnce(this.#tableName, {
          ...releaseExportKey(record.id),
          entity: ENTITY.releaseExport,
          ...record,
          expiresAt: Math.floor(expiresAt.getTime() / 1000),
        }),
      ),
    );
  }

  async find(exportId: string): Promise<ReleaseExport | undefined> {
    const { Item } = await this.#client.send(
      new GetCommand({ TableName: this.#tableName, Key: releaseExportKey(exportId), ConsistentRead: true }),
    );
    return Item === undefined ? undefined : toExport(Item);
  }

  async recordDownload(exportId: string, at: string): Promise<void> {
    await this.#client.send(
      new UpdateCommand({
        TableName: this.#tableName,
        Key: releaseExportKey(exportId),
        UpdateExpression: 'ADD downloads :one SET lastDownloadAt = :at',
        ConditionExpression: 'attribute_exists(pk)',
        ExpressionAttributeValues: { ':one': 1, ':at': at },
      }),
    );
  }
}
