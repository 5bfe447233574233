import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { StageCounterAdds } from '../../counters/domain/counted-application.ts';
import type { EventCounterAdds } from '../../counters/domain/count-event.ts';
import { ENTITY, eventCountKey, seasonCountsStateKey, stageCountKey, type TableKeys } from '../../platform/keys/keys.ts';
import { ITEM_ABSENT } from './put-once.ts';

/**
 * The counter writes that join an application's (or a review's, a certificate's) own transaction,
 * so a counter can never disagree with the writes it counts. Every one is an ADD (commutative:
 * concurrent moves never lose one another's) on a small item of the application's shard, checked
 * against the shard's STATE so that no write lands in a generation a rebuild has left behind.
 */

/** Where a write counts: in a generation of its shard, or nowhere (the season's counters were never initialised). */
export type CountingTarget = { readonly kind: 'counted'; readonly generation: number } | { readonly kind: 'uncounted' };

export interface ShardState {
  readonly generation: number;
  readonly writeGeneration: number;
  readonly rebuildRunId?: string | undefined;
}

const addsUpdate = (
  tableName: string,
  key: TableKeys,
  entity: string,
  plain: Readonly<Record<string, string | number>>,
  adds: Readonly<Record<string, number>>,
) => {
  const names: Record<string, string> = { '#entity': 'entity' };
  const values: Record<string, unknown> = { ':entity': entity };
  const set = ['#entity = if_not_exists(#entity, :entity)'];
  for (const [index, [name, value]] of Object.entries(plain).entries()) {
    names[`#p${index}`] = name;
    values[`:p${index}`] = value;
    set.push(`#p${index} = if_not_exists(#p${index}, :p${index})`);
  }
  const add = Object.entries(adds).map(([name, value], index) => {
    names[`#a${index}`] = name;
    values[`:a${index}`] = value;
    return `#a${index} :a${index}`;
  });
  return {
    Update: {
      TableName: tableName,
      Key: key,
      UpdateExpression: `SET ${set.join(', ')} ADD ${add.join(', ')}`,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
    },
  };
};

export const stageCounterUpdate = (tableName: string, seasonId: string, shard: number, generation: number, item: StageCounterAdds) =>
  addsUpdate(
    tableName,
    stageCountKey(seasonId, shard, generation, item.region, item.stage),
    ENTITY.stageCount,
    { seasonId, region: item.region, stage: item.stage, generation },
    item.adds,
  );

export const eventCounterUpdate = (tableName: string, seasonId: string, shard: number, generation: number, item: EventCounterAdds) =>
  addsUpdate(
    tableName,
    eventCountKey(seasonId, shard, generation, item.region),
    ENTITY.eventCount,
    { seasonId, region: item.region, generation },
    item.adds,
  );

/** The check that makes a write count where writers must write now, or (uncounted) that there is still nowhere to count. */
export const countingTargetCheck = (tableName: string, seasonId: string, shard: number, target: CountingTarget) => ({
  ConditionCheck: {
    TableName: tableName,
    Key: seasonCountsStateKey(seasonId, shard),
    ...(target.kind === 'counted'
      ? {
          ConditionExpression: '#writeGeneration = :generation',
          ExpressionAttributeNames: { '#writeGeneration': 'writeGeneration' },
          ExpressionAttributeValues: { ':generation': target.generation },
        }
      : { ConditionExpression: ITEM_ABSENT }),
  },
});

const toShardState = (item: Record<string, unknown>): ShardState => ({
  generation: Number(item['generation']),
  writeGeneration: Number(item['writeGeneration']),
  rebuildRunId: typeof item['rebuildRunId'] === 'string' ? item['rebuildRunId'] : undefined,
});

export const readShardState = async (
  client: Pick<DynamoDBDocumentClient, 'send'>,
  tableName: string,
  seasonId: string,
  shard: number,
): Promise<ShardState | undefined> => {
  const { Item } = await client.send(
    new GetCommand({ TableName: tableName, Key: seasonCountsStateKey(seasonId, shard), ConsistentRead: true }),
  );
  return Item === undefined ? undefined : toShardState(Item);
};

export const shardStateFromItem = toShardState;

export const targetOf = (state: ShardState | undefined): CountingTarget =>
  state === undefined ? { kind: 'uncounted' } : { kind: 'counted', generation: state.writeGeneration };

/** A new season's shard: generation 0, read and written. */
export const initialShardStateItem = (seasonId: string, shard: number): Record<string, unknown> => ({
  ...seasonCountsStateKey(seasonId, shard),
  entity: ENTITY.seasonCountsState,
  seasonId,
  generation: 0,
  writeGeneration: 0,
});
