import { GetCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { mergeCounterItems, type StoredCounterItem } from '../../counters/domain/merge-counter-items.ts';
import type { CounterRebuildProgress, SeasonCounts } from '../../counters/domain/season-counts.ts';
import type { SeasonCountsReader } from '../../counters/ports/season-counts-reader.ts';
import { APPLICATION_SHARDS, ENTITY, counterRebuildKey, seasonCountsPartition } from '../../platform/keys/keys.ts';
import { shardStateFromItem, type ShardState } from './dynamodb-season-counts-writes.ts';

interface ShardRead {
  readonly state: ShardState | undefined;
  readonly items: readonly StoredCounterItem[];
}

const numericAttributes = (item: Record<string, unknown>): Record<string, number> =>
  Object.fromEntries(Object.entries(item).filter((entry): entry is [string, number] => typeof entry[1] === 'number'));

/**
 * A season's counters: one Query per shard (the shard's whole partition: its STATE and its counter
 * items, a few hundred small items however many applications the season has), the items of the
 * generation the STATE names kept, all shards merged. While a rebuild runs a shard may also hold
 * the generation being built; it is read past, not counted.
 */
export class DynamoDbSeasonCounts implements SeasonCountsReader {
  readonly #client: DynamoDBDocumentClient;
  readonly #tableName: string;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.#client = client;
    this.#tableName = tableName;
  }

  async read(seasonId: string): Promise<SeasonCounts> {
    const shards = await Promise.all(Array.from({ length: APPLICATION_SHARDS }, (_, shard) => this.#readShard(seasonId, shard)));
    const states = shards.flatMap((shard) => (shard.state === undefined ? [] : [shard.state]));
    if (states.length === 0) return { seasonId, status: 'not-built', generation: 0, stages: [], times: [], events: [] };
    const runId = states.find((state) => state.rebuildRunId !== undefined)?.rebuildRunId;
    const rebuilding =
      runId !== undefined || states.length < APPLICATION_SHARDS || states.some((state) => state.generation !== state.writeGeneration);
    const merged = mergeCounterItems(shards.flatMap((shard) => shard.items));
    return {
      seasonId,
      status: rebuilding ? 'rebuilding' : 'ready',
      generation: Math.min(...states.map((state) => state.generation)),
      ...merged,
      ...(runId === undefined ? {} : { rebuild: await this.#progress(seasonId, runId) }),
    };
  }

  async #readShard(seasonId: string, shard: number): Promise<ShardRead> {
    const rows: Record<string, unknown>[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const { Items = [], LastEvaluatedKey } = await this.#client.send(
        new QueryCommand({
          TableName: this.#tableName,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': seasonCountsPartition(seasonId, shard) },
          ExclusiveStartKey: start,
        }),
      );
      rows.push(...Items);
      start = LastEvaluatedKey;
    } while (start !== undefined);
    const stateItem = rows.find((row) => row['entity'] === ENTITY.seasonCountsState);
    const state = stateItem === undefined ? undefined : shardStateFromItem(stateItem);
    if (state === undefined) return { state, items: [] };
    const items = rows.flatMap((row): StoredCounterItem[] => {
      if (row['generation'] !== state.generation || typeof row['region'] !== 'string') return [];
      const values = numericAttributes(row);
      if (row['entity'] === ENTITY.stageCount && typeof row['stage'] === 'string') {
        return [{ kind: 'stage', region: row['region'], stage: row['stage'], values }];
      }
      return row['entity'] === ENTITY.eventCount ? [{ kind: 'event', region: row['region'], values }] : [];
    });
    return { state, items };
  }

  async #progress(seasonId: string, runId: string): Promise<CounterRebuildProgress | undefined> {
    const { Item } = await this.#client.send(new GetCommand({ TableName: this.#tableName, Key: counterRebuildKey(seasonId, runId) }));
    if (Item === undefined) return undefined;
    return { runId, startedAt: String(Item['startedAt']), counted: Number(Item['counted'] ?? 0) };
  }
}
