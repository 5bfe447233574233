import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/** A queue kept in a sparse gsi1 due index, sharded: each shard's partition, and the sort-key bound of "due by now". */
export interface ShardedDueIndex {
  readonly shards: number;
  readonly partition: (shard: number) => string;
  readonly bound: string;
}

/**
 * The items due in a sharded queue (the mail queue, the webhook deliveries): one Query per shard
 * in parallel, each giving its share of the batch, merged by due time (the index's sort key).
 */
export const dueAcrossShards = async (
  client: DynamoDBDocumentClient,
  tableName: string,
  index: ShardedDueIndex,
  limit: number,
): Promise<readonly Record<string, unknown>[]> => {
  const perShard = Math.max(1, Math.ceil(limit / index.shards));
  const shards = await Promise.all(
    Array.from({ length: index.shards }, async (_, shard) => {
      const { Items = [] } = await client.send(
        new QueryCommand({
          TableName: tableName,
          IndexName: 'gsi1',
          KeyConditionExpression: 'gsi1pk = :partition AND gsi1sk < :bound',
          ExpressionAttributeValues: { ':partition': index.partition(shard), ':bound': index.bound },
          Limit: perShard,
        }),
      );
      return Items;
    }),
  );
  return shards
    .flat()
    .sort((a, b) => String(a['gsi1sk']).localeCompare(String(b['gsi1sk'])))
    .slice(0, limit);
};
