import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Application } from '../../applications/application-schema.ts';
import type { ApplicationFilter } from '../../applications/ports/application-repository.ts';
import type { IndexName } from '../../platform/data/table-definition.ts';
import type { Page, PageRequest } from '../../platform/paging/page.ts';
import { toApplication } from './dynamodb-application-items.ts';
import { decodeShardCursor, encodeShardCursor, type ShardPosition } from './dynamodb-application-shard-cursor.ts';
import {
  APPLICATION_SHARDS,
  applicationKey,
  seasonRegionShardPartition,
  seasonShardPartition,
  seasonTrackShardPartition,
  stageIndexPrefix,
  stageTrackIndexPrefix,
  applicationIdOfSortKey,
} from '../../platform/keys/keys.ts';

/**
 * Which sharded index answers a filter, and what is left for a FilterExpression. The stage leads
 * every index sort key, so "stage X" is a key prefix everywhere; region picks gsi3 (prefix
 * stage+track), track picks gsi4 (prefix stage+region); the rare track-and-region-without-stage
 * list filters the region list by track.
 */
interface ListPlan {
  readonly index: Extract<IndexName, 'gsi2' | 'gsi3' | 'gsi4'>;
  readonly partition: (shard: number) => string;
  readonly sortKeyPrefix: string;
  readonly trackFilter: string | undefined;
}

const planOf = (filter: ApplicationFilter): ListPlan => {
  const stage = filter.stage === undefined ? '' : stageIndexPrefix(filter.stage);
  if (filter.region !== undefined) {
    const region = filter.region;
    const stageAndTrack =
      filter.stage !== undefined && filter.track !== undefined ? stageTrackIndexPrefix(filter.stage, filter.track) : undefined;
    return {
      index: 'gsi3',
      partition: (shard) => seasonRegionShardPartition(filter.seasonId, region, shard),
      sortKeyPrefix: stageAndTrack ?? stage,
      trackFilter: stageAndTrack === undefined ? filter.track : undefined,
    };
  }
  if (filter.track !== undefined) {
    const track = filter.track;
    return {
      index: 'gsi4',
      partition: (shard) => seasonTrackShardPartition(filter.seasonId, track, shard),
      sortKeyPrefix: stage,
      trackFilter: undefined,
    };
  }
  return {
    index: 'gsi2',
    partition: (shard) => seasonShardPartition(filter.seasonId, shard),
    sortKeyPrefix: stage,
    trackFilter: undefined,
  };
};

interface ShardResult {
  readonly items: readonly { readonly sortKey: string; readonly application: Application }[];
  /** The index sort key DynamoDB stopped at; undefined when the shard has nothing more. */
  readonly lastSortKey: string | undefined;
}

const queryShard = async (
  client: DynamoDBDocumentClient,
  tableName: string,
  plan: ListPlan,
  shard: number,
  after: string | undefined,
  limit: number,
): Promise<ShardResult> => {
  const pkName = `${plan.index}pk`;
  const skName = `${plan.index}sk`;
  const partition = plan.partition(shard);
  const afterId = after === undefined ? undefined : applicationIdOfSortKey(after);
  const { Items = [], LastEvaluatedKey } = await client.send(
    new QueryCommand({
      TableName: tableName,
      IndexName: plan.index,
      KeyConditionExpression: plan.sortKeyPrefix === '' ? '#pk = :pk' : '#pk = :pk AND begins_with(#sk, :prefix)',
      ...(plan.trackFilter === undefined ? {} : { FilterExpression: '#track.#track = :track' }),
      ExpressionAttributeNames: {
        '#pk': pkName,
        ...(plan.sortKeyPrefix === '' ? {} : { '#sk': skName }),
        ...(plan.trackFilter === undefined ? {} : { '#track': 'track' }),
      },
      ExpressionAttributeValues: {
        ':pk': partition,
        ...(plan.sortKeyPrefix === '' ? {} : { ':prefix': plan.sortKeyPrefix }),
        ...(plan.trackFilter === undefined ? {} : { ':track': plan.trackFilter }),
      },
      Limit: limit,
      ...(after === undefined || afterId === undefined
        ? {}
        : { ExclusiveStartKey: { ...applicationKey(afterId), [pkName]: partition, [skName]: after } }),
    }),
  );
  return {
    items: Items.map((item) => ({ sortKey: String(item[skName]), application: toApplication(item) })),
    lastSortKey: LastEvaluatedKey === undefined ? undefined : String(LastEvaluatedKey[skName]),
  };
};

/** Where a shard stands after this page took `taken` of the items it returned. */
const nextPosition = (previous: ShardPosition, result: ShardResult, taken: number): ShardPosition => {
  if (taken === result.items.length) return result.lastSortKey === undefined ? { done: true } : { after: result.lastSortKey };
  const lastTaken = result.items[taken - 1];
  return lastTaken === undefined ? previous : { after: lastTaken.sortKey };
};

/**
 * A staff list over every shard of the season's index: one Query per unfinished shard (in
 * parallel), merged in index sort-key order. Only items that sort before every unfinished shard's
 * stopping point are safe to return (a shard cut short by Limit may hold smaller keys further on),
 * so pages stay in global order; each shard's position goes into the opaque cursor.
 */
export const listSeasonApplications = async (
  client: DynamoDBDocumentClient,
  tableName: string,
  filter: ApplicationFilter,
  page: PageRequest,
): Promise<Page<Application>> => {
  const plan = planOf(filter);
  const scope = {
    list: `${plan.index}|${filter.seasonId}|${filter.stage ?? ''}|${filter.track ?? ''}|${filter.region ?? ''}`,
    sortKeyPrefix: plan.sortKeyPrefix,
  };
  const positions = decodeShardCursor(page.cursor, scope);
  const results = await Promise.all(
    positions.map((position, shard) =>
      'done' in position
        ? Promise.resolve<ShardResult>({ items: [], lastSortKey: undefined })
        : queryShard(client, tableName, plan, shard, 'after' in position ? position.after : undefined, page.limit),
    ),
  );
  const stops = results.flatMap((result) => (result.lastSortKey === undefined ? [] : [result.lastSortKey]));
  // biome-ignore lint/complexity/useMathMinMax: sort keys are strings, compared as DynamoDB orders them; Math.min is for numbers.
  const boundary = stops.length === 0 ? undefined : stops.reduce((lowest, key) => (key < lowest ? key : lowest));
  const merged = results
    .flatMap((result, shard) => result.items.map((item) => ({ ...item, shard })))
    .filter((item) => boundary === undefined || item.sortKey <= boundary)
    .sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0))
    .slice(0, page.limit);
  const takenPerShard = Array.from({ length: APPLICATION_SHARDS }, (_, shard) => merged.filter((item) => item.shard === shard).length);
  const next = positions.map((position, shard) => {
    const result = results[shard];
    return 'done' in position || result === undefined ? position : nextPosition(position, result, takenPerShard[shard] ?? 0);
  });
  return { items: merged.map((item) => item.application), nextCursor: encodeShardCursor(scope, next) };
};
