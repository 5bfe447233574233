import { GetCommand, QueryCommand, TransactWriteCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import {
  gateRunSchema,
  type GateFailure,
  type GatePageCounts,
  type GateRun,
  type ShardProgress,
} from '../../progression/gate-run-schema.ts';
import type { GateClaim, GateRunRepository, RunningGate } from '../../progression/ports/gate-run-repository.ts';
import { isConditionalCheckFailed, withoutAttributes } from './conditional-check.ts';
import {
  APPLICATION_SHARDS,
  ENTITY,
  KEY_ATTRIBUTES,
  RUNNING_GATES_PARTITION,
  gateLockKey,
  gateRunKey,
  runningGateIndexKeys,
} from '../../platform/keys/keys.ts';
import { putOnce } from './put-once.ts';
import { transactWrite } from './transact-write.ts';
import { cancellationReasons } from './transaction-cancellation.ts';

const toGateRun = (item: Record<string, unknown>): GateRun => gateRunSchema.parse(withoutAttributes(item, KEY_ATTRIBUTES));

/** Gate runs and gate locks in the season's partition (keys.ts). */
export class DynamoDbGateRunRepository implements GateRunRepository {
  readonly shards = APPLICATION_SHARDS;
  readonly #client: DynamoDBDocumentClient;
  readonly #tableName: string;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.#client = client;
    this.#tableName = tableName;
  }

  /** The lock's update inside a claiming transaction: taken only if no run holds it; while held it is in the running-gates index. */
  #takeLock(run: Pick<GateRun, 'seasonId' | 'id' | 'from' | 'to'>) {
    const index = runningGateIndexKeys(run.seasonId, run.from, run.to);
    return {
      Update: {
        TableName: this.#tableName,
        Key: gateLockKey(run.seasonId, run.from, run.to),
        UpdateExpression: 'SET runningRunId = :id, entity = :entity, seasonId = :seasonId, gsi1pk = :gsi1pk, gsi1sk = :gsi1sk',
        ConditionExpression: 'attribute_not_exists(runningRunId)',
        ExpressionAttributeValues: {
          ':id': run.id,
          ':entity': ENTITY.gateLock,
          ':seasonId': run.seasonId,
          ':gsi1pk': index.gsi1pk,
          ':gsi1sk': index.gsi1sk,
        },
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const,
      },
    };
  }

  /** Which run holds the lock, when the lock's condition is what cancelled the transaction. */
  async #claimRefused(error: unknown, lockIndex: number, run: Pick<GateRun, 'seasonId' | 'from' | 'to'>): Promise<GateClaim | undefined> {
    const reasons = cancellationReasons(error);
    if (reasons?.[lockIndex]?.code !== 'ConditionalCheckFailed') return undefined;
    const holder = reasons[lockIndex]?.item?.['runningRunId'];
    if (holder !== undefined) return { outcome: 'running', runId: holder };
    const { Item } = await this.#client.send(
      new GetCommand({ TableName: this.#tableName, Key: gateLockKey(run.seasonId, run.from, run.to), ConsistentRead: true }),
    );
    return { outcome: 'running', runId: String(Item?.['runningRunId'] ?? 'unknown') };
  }

  async start(run: GateRun): Promise<GateClaim> {
    try {
      await transactWrite(
        this.#client,
        new TransactWriteCommand({
          TransactItems: [
            this.#takeLock(run),
            { Put: putOnce(this.#tableName, { ...gateRunKey(run.seasonId, run.id), entity: ENTITY.gateRun, ...run }) },
          ],
        }),
      );
      return { outcome: 'claimed' };
    } catch (error) {
      const refused = await this.#claimRefused(error, 0, run);
      if (refused !== undefined) return refused;
      throw error;
    }
  }

  async find(seasonId: string, runId: string): Promise<GateRun | undefined> {
    const { Item } = await this.#client.send(
      new GetCommand({ TableName: this.#tableName, Key: gateRunKey(seasonId, runId), ConsistentRead: true }),
    );
    return Item === undefined ? undefined : toGateRun(Item);
  }

  async resume(run: GateRun, at: string): Promise<GateClaim | { readonly outcome: 'not-failed' }> {
    try {
      await transactWrite(
        this.#client,
        new TransactWriteCommand({
          TransactItems: [
            this.#takeLock(run),
            {
              Update: {
                TableName: this.#tableName,
                Key: gateRunKey(run.seasonId, run.id),
                UpdateExpression: 'SET #status = :running, executions = executions + :one, updatedAt = :at REMOVE finishedAt',
                ConditionExpression: '#status = :failed',
                ExpressionAttributeNames: { '#status': 'status' },
                ExpressionAttributeValues: { ':running': 'running', ':failed': 'failed', ':one': 1, ':at': at },
              },
            },
          ],
        }),
      );
      return { outcome: 'claimed' };
    } catch (error) {
      const reasons = cancellationReasons(error);
      if (reasons?.[1]?.code === 'ConditionalCheckFailed') return { outcome: 'not-failed' };
      const refused = await this.#claimRefused(error, 0, run);
      if (refused !== undefined) return refused;
      throw error;
    }
  }

  async checkpoint(
    run: Pick<GateRun, 'seasonId' | 'id'>,
    shard: number,
    expectedPage: number,
    progress: ShardProgress,
    counts: GatePageCounts,
    at: string,
  ): Promise<'written' | 'moved-on'> {
    const reasons = Object.entries(counts.skippedReasons);
    const names: Record<string, string> = {
      '#shards': 'shards',
      '#page': 'page',
      ...(counts.counted === undefined ? {} : { '#total': 'total' }),
    };
    const values: Record<string, unknown> = {
      ':progress': progress,
      ':expected': expectedPage,
      ':seen': counts.seen,
      ':moved': counts.moved,
      ':skipped': counts.skipped,
      ':alreadyMoved': counts.alreadyMoved,
      ':at': at,
      // DynamoDB refuses an unused value, so only a page with refusals carries the reasons' zero.
      ...(reasons.length === 0 && counts.counted === undefined ? {} : { ':zero': 0 }),
      ...(counts.counted === undefined ? {} : { ':counted': counts.counted }),
    };
    const reasonSets = reasons.map(([code, count], index) => {
      names[`#r${index}`] = code;
      values[`:r${index}`] = count;
      return `skippedReasons.#r${index} = if_not_exists(skippedReasons.#r${index}, :zero) + :r${index}`;
    });
    try {
      await this.#client.send(
        new UpdateCommand({
          TableName: this.#tableName,
          Key: gateRunKey(run.seasonId, run.id),
          UpdateExpression: [
            `SET #shards[${shard}] = :progress`,
            'seen = seen + :seen',
            'moved = moved + :moved',
            'skipped = skipped + :skipped',
            'alreadyMoved = alreadyMoved + :alreadyMoved',
            'updatedAt = :at',
            ...(counts.counted === undefined ? [] : ['#total = if_not_exists(#total, :zero) + :counted']),
            ...reasonSets,
          ].join(', '),
          ConditionExpression: `#shards[${shard}].#page = :expected`,
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
        }),
      );
      return 'written';
    } catch (error) {
      if (isConditionalCheckFailed(error)) return 'moved-on';
      throw error;
    }
  }

  async listRunning(): Promise<readonly RunningGate[]> {
    const running: RunningGate[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.#client.send(
        new QueryCommand({
          TableName: this.#tableName,
          IndexName: 'gsi1',
          KeyConditionExpression: 'gsi1pk = :running',
          ExpressionAttributeValues: { ':running': RUNNING_GATES_PARTITION },
          ExclusiveStartKey: start,
        }),
      );
      for (const item of page.Items ?? []) {
        const seasonId = item['seasonId'];
        const runId = item['runningRunId'];
        // The index is eventually consistent: a lock released a moment ago may still be listed without its holder.
        if (typeof seasonId === 'string' && typeof runId === 'string') running.push({ seasonId, runId });
      }
      start = page.LastEvaluatedKey;
    } while (start !== undefined);
    return running;
  }

  async restart(run: Pick<GateRun, 'seasonId' | 'id' | 'executions'>, failure: GateFailure, at: string): Promise<'restarted' | 'moved-on'> {
    try {
      await this.#client.send(
        new UpdateCommand({
          TableName: this.#tableName,
          Key: gateRunKey(run.seasonId, run.id),
          UpdateExpression: 'SET executions = executions + :one, failures = list_append(failures, :failure), updatedAt = :at',
          ConditionExpression: '#status = :running AND executions = :executions',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':one': 1, ':failure': [failure], ':at': at, ':running': 'running', ':executions': run.executions },
        }),
      );
      return 'restarted';
    } catch (error) {
      if (isConditionalCheckFailed(error)) return 'moved-on';
      throw error;
    }
  }

  async recordFailure(run: Pick<GateRun, 'seasonId' | 'id'>, failure: GateFailure): Promise<void> {
    await this.#client.send(
      new UpdateCommand({
        TableName: this.#tableName,
        Key: gateRunKey(run.seasonId, run.id),
        UpdateExpression: 'SET failures = list_append(failures, :failure), updatedAt = :at',
        ExpressionAttributeValues: { ':failure': [failure], ':at': failure.at },
      }),
    );
  }

  async finish(run: Pick<GateRun, 'seasonId' | 'id' | 'from' | 'to'>, status: 'succeeded' | 'failed', at: string): Promise<void> {
    try {
      await this.#client.send(
        new UpdateCommand({
          TableName: this.#tableName,
          Key: gateRunKey(run.seasonId, run.id),
          UpdateExpression: 'SET #status = :status, finishedAt = :at, updatedAt = :at',
          ConditionExpression: '#status = :running',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':status': status, ':running': 'running', ':at': at },
        }),
      );
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
    }
    try {
      await this.#client.send(
        new UpdateCommand({
          TableName: this.#tableName,
          Key: gateLockKey(run.seasonId, run.from, run.to),
          UpdateExpression: 'REMOVE runningRunId, gsi1pk, gsi1sk',
          ConditionExpression: 'runningRunId = :id',
          ExpressionAttributeValues: { ':id': run.id },
        }),
      );
    } catch (error) {
      // Released by an earlier attempt of this state, or held by another run now: not ours to touch.
      if (!isConditionalCheckFailed(error)) throw error;
    }
  }
}
