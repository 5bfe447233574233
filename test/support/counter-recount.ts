import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { TIME_IN_STAGE_BUCKET_HOURS } from '../../shared/counters/domain/season-counts.ts';
import { APPLICATION_SHARDS, ENTITY, applicationKey, seasonShardPartition } from '../../shared/platform/keys/keys.ts';

/**
 * The counters a season should hold, recounted from scratch from its applications and their
 * histories, written apart from shared/counters on purpose (a shared bug would agree with itself):
 * every application is listed through the stage index of every shard and its partition read.
 * Figures follow the counters' definitions: `now` and `entered` under the dimensions the application
 * has now, entered per stage once (by the quarter of the first entry, Moscow time), and each finished
 * stay of the history (whole seconds) in the histogram under the application's region.
 */
export interface Recount {
  /** `stage|track|region|role` -> { now, entered, byQuarter }. */
  readonly stages: Record<string, { now: number; entered: number; byQuarter: Record<string, number> }>;
  /** `stage|region` -> { buckets, moves, totalSeconds }. */
  readonly times: Record<string, { buckets: number[]; moves: number; totalSeconds: number }>;
  readonly applications: number;
}

const queryAll = async (client: DynamoDBDocumentClient, input: ConstructorParameters<typeof QueryCommand>[0]) => {
  const items: Record<string, unknown>[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await client.send(new QueryCommand({ ...input, ExclusiveStartKey: start }));
    items.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start !== undefined);
  return items;
};

const quarter = (iso: string): string => {
  const [year, month] = new Date(Date.parse(iso) + 3 * 3600_000).toISOString().slice(0, 7).split('-').map(Number);
  return `${year}-Q${Math.ceil((month ?? 1) / 3)}`;
};

const bucket = (seconds: number): number => {
  for (const [index, hours] of TIME_IN_STAGE_BUCKET_HOURS.entries()) if (seconds / 3600 <= hours) return index;
  return TIME_IN_STAGE_BUCKET_HOURS.length;
};

export const recountSeason = async (client: DynamoDBDocumentClient, tableName: string, seasonId: string): Promise<Recount> => {
  const listed = (
    await Promise.all(
      Array.from({ length: APPLICATION_SHARDS }, (_, shard) =>
        queryAll(client, {
          TableName: tableName,
          IndexName: 'gsi2',
          KeyConditionExpression: 'gsi2pk = :pk',
          ExpressionAttributeValues: { ':pk': seasonShardPartition(seasonId, shard) },
        }),
      ),
    )
  ).flat();
  const stages: Recount['stages'] = {};
  const times: Recount['times'] = {};
  for (const entry of listed) {
    const applicationId = String(entry['id']);
    const partition = await queryAll(client, {
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': applicationKey(applicationId).pk },
      ConsistentRead: true,
    });
    const application = partition.find((item) => item['entity'] === ENTITY.application);
    if (application === undefined) continue;
    const events = partition
      .filter((item) => item['entity'] === ENTITY.applicationEvent && typeof item['toStage'] === 'string')
      .sort((a, b) => Number(a['version']) - Number(b['version']));
    const track = (application['track'] as { track?: string } | undefined)?.track ?? '-';
    const region = typeof application['region'] === 'string' ? application['region'] : '-';
    const role = typeof application['participantRole'] === 'string' ? application['participantRole'] : '-';
    const cell = (stage: string) => {
      const key = `${stage}|${track}|${region}|${role}`;
      stages[key] ??= { now: 0, entered: 0, byQuarter: {} };
      return stages[key];
    };
    cell(String(application['stage'])).now += 1;
    const firstEntry = new Map<string, string>();
    let current: { stage: string; at: string } | undefined;
    for (const event of events) {
      const stage = String(event['toStage']);
      const at = String(event['at']);
      if (!firstEntry.has(stage)) firstEntry.set(stage, at);
      if (current !== undefined && current.stage !== stage) {
        const seconds = Math.max(0, Math.round((Date.parse(at) - Date.parse(current.at)) / 1000));
        const key = `${current.stage}|${region}`;
        times[key] ??= { buckets: new Array<number>(TIME_IN_STAGE_BUCKET_HOURS.length + 1).fill(0), moves: 0, totalSeconds: 0 };
        times[key].buckets[bucket(seconds)] = (times[key].buckets[bucket(seconds)] ?? 0) + 1;
        times[key].moves += 1;
        times[key].totalSeconds += seconds;
      }
      if (current?.stage !== stage) current = { stage, at };
    }
    for (const [stage, at] of firstEntry) {
      const counted = cell(stage);
      counted.entered += 1;
      counted.byQuarter[quarter(at)] = (counted.byQuarter[quarter(at)] ?? 0) + 1;
    }
  }
  return { stages, times, applications: listed.length };
};

/** The counters as read, in the recount's shape, to compare with deepEqual. */
export const asRecount = (counts: {
  readonly stages: readonly {
    stage: string;
    track: string;
    region: string;
    role: string;
    now: number;
    entered: number;
    enteredByQuarter: Readonly<Record<string, number>>;
  }[];
  readonly times: readonly { stage: string; region: string; buckets: readonly number[]; moves: number; totalSeconds: number }[];
}): Omit<Recount, 'applications'> => ({
  stages: Object.fromEntries(
    counts.stages.map((row) => [
      `${row.stage}|${row.track}|${row.region}|${row.role}`,
      { now: row.now, entered: row.entered, byQuarter: { ...row.enteredByQuarter } },
    ]),
  ),
  times: Object.fromEntries(
    counts.times.map((row) => [
      `${row.stage}|${row.region}`,
      { buckets: [...row.buckets], moves: row.moves, totalSeconds: row.totalSeconds },
    ]),
  ),
});
