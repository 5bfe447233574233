import { GetCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
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
import { DynamoDbRunLocks, type RunLock } from './job-runs/dynamodb-run-locks.ts';
import { addReasonCounts } from './job-runs/reason-counts.ts';
import { putOnce } from './put-once.ts';

const toGateRun = (item: Record<string, unknown>): GateRun => gateRunSchema.parse(withoutAttributes(item, KEY_ATTRIBUTES));

/**
 * Gate runs and gate locks in the season's partition (keys.ts). A gate run takes its lock as every
 * job run does (dynamodb-run-locks.ts), but keeps the rest of its life apart from the matching and
 * review assignment runs' (job-runs/dynamodb-job-runs.ts): its progress is per shard, its pages run
 * in parallel and record their own failures, and a resume or an end is not tied to an execution
 * (a gate's pages check their shard's page instead).
 */
export class DynamoDbGateRunRepository implements GateRunRepository {
  readonly shards = APPLICATION_SHARDS;
  readonly #client: DynamoDBDocumentClient;
  readonly #tableName: string;
  readonly #locks: DynamoDbRunLocks;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.#client = client;
    this.#tableName = tableName;
    this.#locks = new DynamoDbRunLocks(client, tableName);
  }

  /** While held, the lock is in the running-gates index, which names the gate: the lock names its season. */
  #lock(run: Pick<GateRun, 'seasonId' | 'from' | 'to'>): RunLock {
    return {
      key: gateLockKey(run.seasonId, run.from, run.to),
      entity: ENTITY.gateLock,
      running: runningGateIndexKeys(run.seasonId, run.from, run.to),
      seasonId: run.seasonId,
    };
  }

  start(run: GateRun): Promise<GateClaim> {
    return this.#locks.claim(this.#lock(run), run.id, {
      Put: putOnce(this.#tableName, { ...gateRunKey(run.seasonId, run.id), entity: ENTITY.gateRun, ...run }),
    });
  }

  async find(seasonId: string, runId: string): Promise<GateRun | undefined> {
    const { Item } = await this.#client.send(
      new GetCommand({ TableName: this.#tableName, Key: gateRunKey(seasonId, runId), ConsistentRead: true }),
    );
    return Item === undefined ? undefined : toGateRun(Item);
  }

  resume(run: GateRun, at: string): Promise<GateClaim | { readonly outcome: 'not-failed' }> {
    const update = {
      Update: {
        TableName: this.#tableName,
        Key: gateRunKey(run.seasonId, run.id),
        UpdateExpression: 'SET #status = :running, executions = executions + :one, updatedAt = :at REMOVE finishedAt',
        ConditionExpression: '#status = :failed',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':running': 'running', ':failed': 'failed', ':one': 1, ':at': at },
      },
    };
    return this.#locks.claim(this.#lock(run), run.id, update, { outcome: 'not-failed' as const });
  }

  async checkpoint(
    run: Pick<GateRun, 'seasonId' | 'id'>,
    shard: number,
    expectedPage: number,
    progress: ShardProgress,
    counts: GatePageCounts,
    at: string,
  ): Promise<'written' | 'moved-on'> {
    const reasons = addReasonCounts('skippedReasons', counts.skippedReasons, 'r');
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
            ...reasons.sets,
          ].join(', '),
          ConditionExpression: `#shards[${shard}].#page = :expected`,
          ExpressionAttributeNames: {
            ...reasons.names,
            '#shards': 'shards',
            '#page': 'page',
            ...(counts.counted === undefined ? {} : { '#total': 'total' }),
          },
          ExpressionAttributeValues: {
            ...reasons.values,
            ':progress': progress,
            ':expected': expectedPage,
            ':seen': counts.seen,
            ':moved': counts.moved,
            ':skipped': counts.skipped,
            ':alreadyMoved': counts.alreadyMoved,
            ':at': at,
            ...(counts.counted === undefined ? {} : { ':zero': 0, ':counted': counts.counted }),
          },
        }),
      );
      return 'written';
    } catch (error) {
      if (isConditionalCheckFailed(error)) return 'moved-on';
      throw error;
    }
  }

  /** A gate lock's index entry names the gate, not the run (keys.ts): the holder and its season are read from the lock itself. */
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
    await this.#locks.release(gateLockKey(run.seasonId, run.from, run.to), run.id);
  }
}
