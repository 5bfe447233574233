import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { StageIndexPage, StageIndexPages } from '../../progression/ports/stage-index-pages.ts';
import { seasonShardPartition, stageIndexPrefix } from '../../platform/keys/keys.ts';
import { seasonShardPage } from './season-shard-page.ts';

/**
 * A cohort gate's page: ONE Query of one shard of the season's stage index (gsi2), from the
 * run's checkpoint. Only the ids are read: each application is then read strongly consistently
 * by the transition's own Validate (an index is eventually consistent).
 */
export class DynamoDbGateStagePages implements StageIndexPages {
  readonly #client: DynamoDBDocumentClient;
  readonly #tableName: string;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.#client = client;
    this.#tableName = tableName;
  }

  async page(request: {
    readonly seasonId: string;
    readonly shard: number;
    readonly stage: string;
    readonly after: string | undefined;
    readonly limit: number;
  }): Promise<StageIndexPage> {
    const { items, lastSortKey } = await seasonShardPage(this.#client, this.#tableName, { ...request, projection: 'id' });
    return { applicationIds: items.map((item) => String(item['id'])), lastSortKey };
  }

  /**
   * Select COUNT Queries of the shard's stage prefix, page after page (DynamoDB counts up to 1 MB
   * of index per response). It reads, and is billed for, the shard's part of the stage once per
   * run: at a million applications about 16 × 60k index entries, a few seconds and a few cents.
   */
  async count(request: { readonly seasonId: string; readonly shard: number; readonly stage: string }): Promise<number> {
    let total = 0;
    let startKey: Record<string, unknown> | undefined;
    do {
      const { Count = 0, LastEvaluatedKey } = await this.#client.send(
        new QueryCommand({
          TableName: this.#tableName,
          IndexName: 'gsi2',
          KeyConditionExpression: 'gsi2pk = :pk AND begins_with(gsi2sk, :prefix)',
          ExpressionAttributeValues: {
            ':pk': seasonShardPartition(request.seasonId, request.shard),
            ':prefix': stageIndexPrefix(request.stage),
          },
          Select: 'COUNT',
          ...(startKey === undefined ? {} : { ExclusiveStartKey: startKey }),
        }),
      );
      total += Count;
      startKey = LastEvaluatedKey;
    } while (startKey !== undefined);
    return total;
  }
}
