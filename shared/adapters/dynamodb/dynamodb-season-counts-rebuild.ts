import {
  BatchGetCommand,
  BatchWriteCommand,
  DeleteCommand,
  GetCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { countApplication } from '../../counters/domain/count-application.ts';
import { countApplicationEvents } from '../../counters/domain/count-event.ts';
import { stageEntriesFromHistory } from '../../counters/domain/stage-entries.ts';
import type { CounterRebuild } from '../../counters/counter-rebuild-schema.ts';
import type { CounterRebuilds, StartOutcome } from '../../counters/ports/counter-rebuilds.ts';
import {
  APPLICATION_SHARDS,
  ENTITY,
  RUNNING_COUNTER_REBUILDS_PARTITION,
  applicationKey,
  counterGenerationPrefix,
  counterRebuildKey,
  counterRebuildLockKey,
  seasonCountsPartition,
  seasonCountsStateKey,
  seasonShardPartition,
} from '../../platform/keys/keys.ts';
import { toApplication, toApplicationEvent } from './dynamodb-application-items.ts';
import { eventFactsOf, readApplicationPartition } from './dynamodb-season-counts-events.ts';
import { countingTargetCheck, eventCounterUpdate, shardStateFromItem, stageCounterUpdate } from './dynamodb-season-counts-writes.ts';
import { ITEM_ABSENT } from './put-once.ts';
import { isConditionalCheckFailed } from './conditional-check.ts';
import { transactWrite } from './transact-write.ts';
import { cancellationReasons } from './transaction-cancellation.ts';

/** Applications per page of a shard: one checkpoint each; a page is a few seconds of work at most. */
const PAGE_SIZE = 50;
const MIGRATION_ATTEMPTS = 6;

interface ShardProgress {
  readonly pass: 1 | 2;
  /** The stage index's LastEvaluatedKey, as JSON, where the pass goes on. */
  readonly cursor?: string | undefined;
  readonly done: boolean;
}

interface StoredRun {
  readonly seasonId: string;
  readonly runId: string;
  readonly status: CounterRebuild['status'];
  readonly startedAt: string;
  readonly completedAt?: string | undefined;
  readonly generation: number;
  readonly counted: number;
  readonly shards: Readonly<Record<string, ShardProgress>>;
}

/** The rebuild left behind: the shard's STATE no longer names this run (another start, a hand edit). */
class RebuildAbandoned extends Error {}

const toView = (run: StoredRun): CounterRebuild => ({
  runId: run.runId,
  seasonId: run.seasonId,
  status: run.status,
  startedAt: run.startedAt,
  ...(run.completedAt === undefined ? {} : { completedAt: run.completedAt }),
  generation: run.generation,
  counted: run.counted,
  shards: Array.from({ length: APPLICATION_SHARDS }, (_, shard) => {
    const progress = run.shards[String(shard)];
    return { shard, phase: progress?.done === true ? 'done' : progress?.pass === 2 ? 'second-pass' : 'first-pass' };
  }),
});

/**
 * Rebuilds of a season's counters. Starting one points every shard's writers at a new generation
 * (so from then on every write counts there, migrating its application first); the rebuild then
 * pages twice through each shard of the season's stage index and counts every application still
 * in an older generation into the new one, in one transaction with the application's
 * `countersGeneration` (conditional on the application as read: a concurrent move or event makes
 * it read again). A shard done is flipped (readers read the new generation); when all are, the old
 * generations' items are deleted and the run completes.
 */
export class DynamoDbCounterRebuilds implements CounterRebuilds {
  readonly #client: DynamoDBDocumentClient;
  readonly #tableName: string;
  readonly #now: () => number;

  constructor(client: DynamoDBDocumentClient, tableName: string, now: () => number = Date.now) {
    this.#client = client;
    this.#tableName = tableName;
    this.#now = now;
  }

  async start(seasonId: string, runId: string, at: Date): Promise<StartOutcome> {
    const keys = Array.from({ length: APPLICATION_SHARDS }, (_, shard) => ({ ...seasonCountsStateKey(seasonId, shard) }));
    const { Responses } = await this.#client.send(
      new BatchGetCommand({ RequestItems: { [this.#tableName]: { Keys: keys, ConsistentRead: true } } }),
    );
    const states = (Responses?.[this.#tableName] ?? []).map(shardStateFromItem);
    const busy = states.find((state) => state.rebuildRunId !== undefined);
    if (busy !== undefined) return { outcome: 'running', runId: busy.rebuildRunId };
    const generation = Math.max(0, ...states.flatMap((state) => [state.generation, state.writeGeneration])) + 1;
    const run: StoredRun = {
      seasonId,
      runId,
      status: 'running',
      startedAt: at.toISOString(),
      generation,
      counted: 0,
      shards: Object.fromEntries(Array.from({ length: APPLICATION_SHARDS }, (_, shard) => [String(shard), { pass: 1, done: false }])),
    };
    try {
      await transactWrite(
        this.#client,
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.#tableName,
                Item: {
                  ...counterRebuildLockKey(seasonId),
                  entity: ENTITY.counterRebuildLock,
                  runId,
                  gsi1pk: RUNNING_COUNTER_REBUILDS_PARTITION,
                  gsi1sk: `${seasonId}#${runId}`,
                },
                ConditionExpression: ITEM_ABSENT,
              },
            },
            {
              Put: {
                TableName: this.#tableName,
                Item: { ...counterRebuildKey(seasonId, runId), entity: ENTITY.counterRebuildRun, ...run },
              },
            },
            ...keys.map((key) => ({
              Update: {
                TableName: this.#tableName,
                Key: key,
                UpdateExpression:
                  'SET #entity = :entity, seasonId = :season, #generation = if_not_exists(#generation, :zero), writeGeneration = :next, rebuildRunId = :run',
                ConditionExpression: 'attribute_not_exists(rebuildRunId)',
                ExpressionAttributeNames: { '#entity': 'entity', '#generation': 'generation' },
                ExpressionAttributeValues: {
                  ':entity': ENTITY.seasonCountsState,
                  ':season': seasonId,
                  ':zero': 0,
                  ':next': generation,
                  ':run': runId,
                },
              },
            })),
          ],
        }),
      );
    } catch (error) {
      if (cancellationReasons(error)?.some((reason) => reason.code === 'ConditionalCheckFailed')) return { outcome: 'running' };
      throw error;
    }
    return { outcome: 'started', rebuild: toView(run) };
  }

  async find(seasonId: string, runId: string): Promise<CounterRebuild | undefined> {
    const run = await this.#findRun(seasonId, runId);
    return run === undefined ? undefined : toView(run);
  }

  async running(): Promise<readonly { readonly seasonId: string; readonly runId: string }[]> {
    const { Items = [] } = await this.#client.send(
      new QueryCommand({
        TableName: this.#tableName,
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :pk',
        ExpressionAttributeValues: { ':pk': RUNNING_COUNTER_REBUILDS_PARTITION },
      }),
    );
    return Items.flatMap((item) => {
      const seasonId = String(item['pk']).slice('SEASON#'.length);
      return typeof item['runId'] === 'string' ? [{ seasonId, runId: item['runId'] }] : [];
    });
  }

  async advance(seasonId: string, runId: string, deadline: number): Promise<CounterRebuild | undefined> {
    let run = await this.#findRun(seasonId, runId);
    if (run === undefined) return undefined;
    if (run.status !== 'running') {
      // Ended by another rebuilder (one whose lease ran out) that stopped before letting go of the lock.
      await this.#releaseLock(run);
      return toView(run);
    }
    try {
      for (let shard = 0; shard < APPLICATION_SHARDS && this.#now() < deadline; shard += 1) {
        let progress = run.shards[String(shard)] ?? { pass: 1, done: false };
        while (!progress.done && this.#now() < deadline) {
          const { next, counted } = await this.#page(run, shard, progress);
          progress = next;
          run = await this.#checkpoint(run, shard, progress, counted);
        }
      }
      if (Object.values(run.shards).filter((progress) => progress.done).length === APPLICATION_SHARDS) run = await this.#complete(run);
    } catch (error) {
      if (!(error instanceof RebuildAbandoned)) throw error;
      await this.#release(run);
      run = await this.#end(run, 'failed');
    }
    return toView(run);
  }

  async #findRun(seasonId: string, runId: string): Promise<StoredRun | undefined> {
    const { Item } = await this.#client.send(
      new GetCommand({ TableName: this.#tableName, Key: counterRebuildKey(seasonId, runId), ConsistentRead: true }),
    );
    return Item === undefined ? undefined : (Item as unknown as StoredRun);
  }

  /** One page of a shard's pass: every application on it still outside the new generation counted into it. */
  async #page(run: StoredRun, shard: number, progress: ShardProgress): Promise<{ next: ShardProgress; counted: number }> {
    const page = await this.#client.send(
      new QueryCommand({
        TableName: this.#tableName,
        IndexName: 'gsi2',
        KeyConditionExpression: 'gsi2pk = :pk',
        ExpressionAttributeValues: { ':pk': seasonShardPartition(run.seasonId, shard) },
        Limit: PAGE_SIZE,
        ExclusiveStartKey: progress.cursor === undefined ? undefined : (JSON.parse(progress.cursor) as Record<string, unknown>),
      }),
    );
    let counted = 0;
    for (const entry of page.Items ?? []) {
      if (entry['entity'] !== ENTITY.application || entry['countersGeneration'] === run.generation) continue;
      counted += await this.#migrate(run, shard, String(entry['pk']).slice('APPLICATION#'.length));
    }
    if (page.LastEvaluatedKey !== undefined)
      return { next: { pass: progress.pass, cursor: JSON.stringify(page.LastEvaluatedKey), done: false }, counted };
    // The second pass catches an application whose index entry the first could not see yet.
    if (progress.pass === 1) return { next: { pass: 2, done: false }, counted };
    await this.#flip(run, shard);
    return { next: { pass: 2, done: true }, counted };
  }

  /** Counts one application into the run's generation; 0 when a concurrent write got there first. */
  async #migrate(run: StoredRun, shard: number, applicationId: string): Promise<number> {
    for (let attempt = 1; attempt <= MIGRATION_ATTEMPTS; attempt += 1) {
      const partition = await readApplicationPartition(this.#client, this.#tableName, applicationId);
      const item = partition.find((candidate) => candidate['entity'] === ENTITY.application);
      if (item === undefined) return 0;
      const application = toApplication(item);
      if (application.countersGeneration === run.generation) return 0;
      const history = partition.filter((candidate) => candidate['entity'] === ENTITY.applicationEvent).map(toApplicationEvent);
      const derived = stageEntriesFromHistory(application, history);
      const counted = {
        ...application,
        stagesEntered: application.stagesEntered ?? derived.stagesEntered,
        stageEnteredAt: application.stageEnteredAt ?? derived.stageEnteredAt,
      };
      const adds = countApplication(counted, history);
      const events = countApplicationEvents(application.region, await eventFactsOf(this.#client, this.#tableName, partition));
      const names: Record<string, string> = { '#generation': 'countersGeneration', '#version': 'version', '#events': 'countedEvents' };
      const values: Record<string, unknown> = { ':next': run.generation, ':version': application.version };
      const set = ['#generation = :next'];
      if (counted.stagesEntered !== undefined) {
        names['#entered'] = 'stagesEntered';
        values[':entered'] = counted.stagesEntered;
        set.push('#entered = :entered');
      }
      if (counted.stageEnteredAt !== undefined) {
        names['#enteredAt'] = 'stageEnteredAt';
        values[':enteredAt'] = counted.stageEnteredAt;
        set.push('#enteredAt = :enteredAt');
      }
      const conditions = ['#version = :version'];
      if (application.countersGeneration === undefined) conditions.push('attribute_not_exists(#generation)');
      else {
        conditions.push('#generation = :current');
        values[':current'] = application.countersGeneration;
      }
      if (application.countedEvents === undefined) conditions.push('attribute_not_exists(#events)');
      else {
        conditions.push('#events = :events');
        values[':events'] = application.countedEvents;
      }
      const target = { kind: 'counted', generation: run.generation } as const;
      try {
        await transactWrite(
          this.#client,
          new TransactWriteCommand({
            TransactItems: [
              {
                Update: {
                  TableName: this.#tableName,
                  Key: applicationKey(applicationId),
                  UpdateExpression: `SET ${set.join(', ')}`,
                  ConditionExpression: conditions.join(' AND '),
                  ExpressionAttributeNames: names,
                  ExpressionAttributeValues: values,
                },
              },
              ...adds.map((add) => stageCounterUpdate(this.#tableName, run.seasonId, shard, run.generation, add)),
              ...events.map((add) => eventCounterUpdate(this.#tableName, run.seasonId, shard, run.generation, add)),
              countingTargetCheck(this.#tableName, run.seasonId, shard, target),
            ],
          }),
        );
        return 1;
      } catch (error) {
        const reasons = cancellationReasons(error);
        if (reasons === undefined) throw error;
        if (reasons.at(-1)?.code === 'ConditionalCheckFailed') throw new RebuildAbandoned();
        // The application changed since it was read (a move, an event): read it again.
      }
    }
    throw new Error(`The counter rebuild could not count application ${applicationId}; the next run tries again`);
  }

  async #checkpoint(run: StoredRun, shard: number, progress: ShardProgress, counted: number): Promise<StoredRun> {
    const shards = { ...run.shards, [String(shard)]: progress };
    await this.#client.send(
      new UpdateCommand({
        TableName: this.#tableName,
        Key: counterRebuildKey(run.seasonId, run.runId),
        UpdateExpression: 'SET shards.#shard = :progress ADD counted :counted',
        ExpressionAttributeNames: { '#shard': String(shard) },
        ExpressionAttributeValues: { ':progress': progress, ':counted': counted },
      }),
    );
    return { ...run, shards, counted: run.counted + counted };
  }

  /** Readers of the shard switch to the new generation; writers already write there. */
  async #flip(run: StoredRun, shard: number): Promise<void> {
    try {
      await this.#client.send(
        new UpdateCommand({
          TableName: this.#tableName,
          Key: seasonCountsStateKey(run.seasonId, shard),
          UpdateExpression: 'SET #generation = writeGeneration REMOVE rebuildRunId',
          // Flipped already by another rebuilder of the same run (one whose lease ran out): the same again.
          ConditionExpression:
            'writeGeneration = :next AND (rebuildRunId = :run OR (#generation = :next AND attribute_not_exists(rebuildRunId)))',
          ExpressionAttributeNames: { '#generation': 'generation' },
          ExpressionAttributeValues: { ':run': run.runId, ':next': run.generation },
        }),
      );
    } catch (error) {
      if (isConditionalCheckFailed(error)) throw new RebuildAbandoned();
      throw error;
    }
  }

  /** Deletes every older generation's items (shards × regions × stages at most), then ends the run. */
  async #complete(run: StoredRun): Promise<StoredRun> {
    for (let shard = 0; shard < APPLICATION_SHARDS; shard += 1) {
      let start: Record<string, unknown> | undefined;
      do {
        const page = await this.#client.send(
          new QueryCommand({
            TableName: this.#tableName,
            KeyConditionExpression: 'pk = :pk AND sk < :current',
            ExpressionAttributeValues: {
              ':pk': seasonCountsPartition(run.seasonId, shard),
              ':current': counterGenerationPrefix(run.generation),
            },
            ProjectionExpression: 'pk, sk',
            ExclusiveStartKey: start,
          }),
        );
        await this.#deleteAll((page.Items ?? []).map((item) => ({ pk: item['pk'], sk: item['sk'] })));
        start = page.LastEvaluatedKey;
      } while (start !== undefined);
    }
    return this.#end(run, 'completed');
  }

  async #deleteAll(keys: readonly Record<string, unknown>[]): Promise<void> {
    for (let start = 0; start < keys.length; start += 25) {
      let requests: Record<string, unknown>[] | undefined = keys.slice(start, start + 25).map((key) => ({ DeleteRequest: { Key: key } }));
      while (requests !== undefined && requests.length > 0) {
        const { UnprocessedItems } = await this.#client.send(
          new BatchWriteCommand({ RequestItems: { [this.#tableName]: requests as never } }),
        );
        requests = UnprocessedItems?.[this.#tableName] as Record<string, unknown>[] | undefined;
      }
    }
  }

  /**
   * A failed run lets go of the shards it had not flipped; their writers keep writing to its
   * generation, and the next rebuild builds one past it.
   */
  async #release(run: StoredRun): Promise<void> {
    for (let shard = 0; shard < APPLICATION_SHARDS; shard += 1) {
      try {
        await this.#client.send(
          new UpdateCommand({
            TableName: this.#tableName,
            Key: seasonCountsStateKey(run.seasonId, shard),
            UpdateExpression: 'REMOVE rebuildRunId',
            ConditionExpression: 'rebuildRunId = :run',
            ExpressionAttributeValues: { ':run': run.runId },
          }),
        );
      } catch (error) {
        if (!isConditionalCheckFailed(error)) throw error;
      }
    }
  }

  /**
   * Marks the run ended, then releases the season's lock (and its running-index entry). Each step
   * holds if another rebuilder of the same run (one whose lease ran out) took it first.
   */
  async #end(run: StoredRun, status: 'completed' | 'failed'): Promise<StoredRun> {
    const completedAt = new Date(this.#now()).toISOString();
    try {
      await this.#client.send(
        new UpdateCommand({
          TableName: this.#tableName,
          Key: counterRebuildKey(run.seasonId, run.runId),
          UpdateExpression: 'SET #status = :status, completedAt = :at',
          ConditionExpression: '#status = :running',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':status': status, ':at': completedAt, ':running': 'running' },
        }),
      );
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
      const ended = (await this.#findRun(run.seasonId, run.runId)) ?? run;
      await this.#releaseLock(ended);
      return ended;
    }
    await this.#releaseLock(run);
    return { ...run, status, completedAt };
  }

  async #releaseLock(run: StoredRun): Promise<void> {
    try {
      await this.#client.send(
        new DeleteCommand({
          TableName: this.#tableName,
          Key: counterRebuildLockKey(run.seasonId),
          ConditionExpression: 'runId = :run',
          ExpressionAttributeValues: { ':run': run.runId },
        }),
      );
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
    }
  }
}
