import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ShortlistReader } from '../../progression/ports/shortlist-reader.ts';
import { shortlistKey } from '../../platform/keys/keys.ts';

/**
 * Reads the shortlist marker the education capability writes (keys.ts: APPLICATION#<id> / SHORTLIST):
 * present means shortlisted, unless it says `shortlisted: false` (a marker kept but revoked).
 * One strongly consistent GetItem: a guard must not act on a stale "no".
 */
export class DynamoDbShortlistReader implements ShortlistReader {
  readonly #client: DynamoDBDocumentClient;
  readonly #tableName: string;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.#client = client;
    this.#tableName = tableName;
  }

  async isShortlisted(applicationId: string): Promise<boolean> {
    const { Item } = await this.#client.send(
      new GetCommand({ TableName: this.#tableName, Key: shortlistKey(applicationId), ConsistentRead: true }),
    );
    return Item !== undefined && Item['shortlisted'] !== false;
  }
}
