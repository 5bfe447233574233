import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { SeasonApplicationPage, SeasonApplicationPages } from '../../reviews/ports/season-application-pages.ts';
import { applicationIdOfSortKey, applicationKey, seasonShardPartition, stageIndexPrefix } from '../../platform/keys/keys.ts';

/**
 * A page of one shard of the season's staff index (gsi2), every stage or one stage's prefix, from a
 * checkpoint. Only `id`, `stage` and `track` are read from the index (it projects everything): the
 * export never loads an application's answers or its person.
 */
export class DynamoDbSeasonApplicationPages implements SeasonApplicationPages {
  readonly #client: DynamoDBDocumentClient;
  readonly #tableName: string;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.#client = client;
    this.#tableName = tableName;
  }

  async page(request: {
    readonly seasonId: string;
    readonly shard: number;
    readonly stage: string | undefined;
    readonly after: string | undefined;
    readonly limit: number;
  }): Promise<SeasonApplicationPage> {
    const partition = seasonShardPartition(request.seasonId, request.shard);
    const afterId = request.after === undefined ? undefined : applicationIdOfSortKey(request.after);
    if (request.after !== undefined && afterId === undefined) throw new Error('An export checkpoint that is not an index sort key');
    const { Items = [], LastEvaluatedKey } = await this.#client.send(
      new QueryCommand({
        TableName: this.#tableName,
        IndexName: 'gsi2',
        KeyConditionExpression: request.stage === undefined ? 'gsi2pk = :pk' : 'gsi2pk = :pk AND begins_with(gsi2sk, :prefix)',
        ExpressionAttributeValues: {
          ':pk': partition,
          ...(request.stage === undefined ? {} : { ':prefix': stageIndexPrefix(request.stage) }),
        },
        ProjectionExpression: 'id, stage, track',
        Limit: request.limit,
        ...(request.after === undefined || afterId === undefined
          ? {}
          : { ExclusiveStartKey: { ...applicationKey(afterId), gsi2pk: partition, gsi2sk: request.after } }),
      }),
    );
    return {
      applications: Items.map((item) => ({
        id: String(item['id']),
        stage: String(item['stage']),
        ...(typeof item['track'] === 'string' ? { track: item['track'] } : {}),
      })),
      lastSortKey: LastEvaluatedKey === undefined ? undefined : String(LastEvaluatedKey['gsi2sk']),
    };
  }
}
