import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { applicationIdOfSortKey, applicationKey, seasonShardPartition, stageIndexPrefix } from '../../platform/keys/keys.ts';

/**
 * ONE Query of one shard of the season's staff index (gsi2), every stage or one stage's prefix,
 * from a run's checkpoint (the last index sort key it recorded), with only the attributes asked
 * for: how a cohort gate and a score export walk a season, page by page, shard by shard.
 */
export const seasonShardPage = async (
  client: Pick<DynamoDBDocumentClient, 'send'>,
  tableName: string,
  request: {
    readonly seasonId: string;
    readonly shard: number;
    readonly stage: string | undefined;
    readonly after: string | undefined;
    readonly limit: number;
    readonly projection: string;
  },
): Promise<{ readonly items: readonly Record<string, unknown>[]; readonly lastSortKey: string | undefined }> => {
  const partition = seasonShardPartition(request.seasonId, request.shard);
  const afterId = request.after === undefined ? undefined : applicationIdOfSortKey(request.after);
  if (request.after !== undefined && afterId === undefined) throw new Error('A run checkpoint that is not an index sort key');
  const { Items = [], LastEvaluatedKey } = await client.send(
    new QueryCommand({
      TableName: tableName,
      IndexName: 'gsi2',
      KeyConditionExpression: request.stage === undefined ? 'gsi2pk = :pk' : 'gsi2pk = :pk AND begins_with(gsi2sk, :prefix)',
      ExpressionAttributeValues: {
        ':pk': partition,
        ...(request.stage === undefined ? {} : { ':prefix': stageIndexPrefix(request.stage) }),
      },
      ProjectionExpression: request.projection,
      Limit: request.limit,
      ...(afterId === undefined ? {} : { ExclusiveStartKey: { ...applicationKey(afterId), gsi2pk: partition, gsi2sk: request.after } }),
    }),
  );
  return { items: Items, lastSortKey: LastEvaluatedKey === undefined ? undefined : String(LastEvaluatedKey['gsi2sk']) };
};
