import { GetCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type * as z from 'zod';
import type { JobRun, JobRunClaim, JobRunEnd, JobRunFailure } from '../../../platform/jobs/job-run.ts';
import type { JobRuns } from '../../../platform/jobs/job-runs.ts';
import type { TableKeys } from '../../../platform/keys/keys.ts';
import { decodeCursor, encodeCursor } from '../../../platform/paging/cursor.ts';
import type { Page, PageRequest } from '../../../platform/paging/page.ts';
import { isConditionalCheckFailed } from '../conditional-check.ts';
import { parseStoredItem } from '../parse-stored.ts';
import { putOnce } from '../put-once.ts';
import { DynamoDbRunLocks, type RunLock } from './dynamodb-run-locks.ts';

/** Where one kind of run lives in the table (keys.ts) and what its record is. */
export interface JobRunTable<Run, Locked> {
  readonly schema: z.ZodType<Run>;
  readonly entity: string;
  /** A run's item: in its season's partition. */
  readonly key: (seasonId: string, runId: string) => TableKeys;
  /** Where a run sits in its season's list of runs (gsi1), newest first. */
  readonly listKeys: (seasonId: string, runId: string, startedAt: string) => { readonly gsi1pk: string; readonly gsi1sk: string };
  readonly listPartition: (seasonId: string) => string;
  /** The lock a run takes: one run at a time per whatever the lock is per. */
  readonly lock: (run: Locked) => RunLock;
}

/** A conditional update of a running run's item: its expression, with the further condition and the names and values it uses. */
export interface RunningRunUpdate {
  readonly UpdateExpression: string;
  readonly ConditionExpression?: string;
  readonly ExpressionAttributeNames?: Readonly<Record<string, string>>;
  readonly ExpressionAttributeValues: Readonly<Record<string, unknown>>;
}

/**
 * One kind of job run in the table: its records with their season's list, and their locks
 * (dynamodb-run-locks.ts). Every write of a running run is conditional on the run still running in
 * the execution that writes, so an execution a resume has replaced changes nothing. A kind adds
 * its own checkpoints through `updateRunning`.
 */
export class DynamoDbJobRuns<
  // A record the table stores whole (a zod schema's output).
  Run extends JobRun<Failure> & Locked & { readonly startedAt: string } & Record<string, unknown>,
  Failure extends JobRunFailure,
  Locked extends { readonly seasonId: string; readonly id: string },
> implements JobRuns<Run, Failure, Locked>
{
  protected readonly client: DynamoDBDocumentClient;
  protected readonly tableName: string;
  readonly #table: JobRunTable<Run, Locked>;
  readonly #locks: DynamoDbRunLocks;

  constructor(client: DynamoDBDocumentClient, tableName: string, table: JobRunTable<Run, Locked>) {
    this.client = client;
    this.tableName = tableName;
    this.#table = table;
    this.#locks = new DynamoDbRunLocks(client, tableName);
  }

  #toRun(item: Record<string, unknown>): Run {
    return parseStoredItem(this.#table.schema, item);
  }

  start(run: Run): Promise<JobRunClaim> {
    const item = {
      ...this.#table.key(run.seasonId, run.id),
      ...this.#table.listKeys(run.seasonId, run.id, run.startedAt),
      entity: this.#table.entity,
      ...run,
    };
    // The same start again: whether or not it still holds the lock, that run is the answer.
    return this.#locks.claim(this.#table.lock(run), run.id, { Put: putOnce(this.tableName, item) }, { outcome: 'exists' as const });
  }

  async find(seasonId: string, runId: string): Promise<Run | undefined> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: this.#table.key(seasonId, runId), ConsistentRead: true }),
    );
    return Item === undefined ? undefined : this.#toRun(Item);
  }

  async list(seasonId: string, page: PageRequest): Promise<Page<Run>> {
    const partition = this.#table.listPartition(seasonId);
    // A run's keys with an empty id: its season's partition and the prefix every run's sort key has.
    const runs = this.#table.key(seasonId, '');
    const { Items = [], LastEvaluatedKey } = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :partition',
        ExpressionAttributeValues: { ':partition': partition },
        ScanIndexForward: false,
        Limit: page.limit,
        ExclusiveStartKey: decodeCursor(page.cursor, {
          index: 'gsi1',
          partition: { gsi1pk: partition, pk: runs.pk },
          sortKeyPrefix: runs.sk,
        }),
      }),
    );
    return { items: Items.map((item) => this.#toRun(item)), nextCursor: encodeCursor(LastEvaluatedKey) };
  }

  resume(run: Run, by: string, at: string): Promise<JobRunClaim | { readonly outcome: 'not-failed' }> {
    const update = {
      Update: {
        TableName: this.tableName,
        Key: this.#table.key(run.seasonId, run.id),
        UpdateExpression:
          'SET #status = :running, executions = executions + :one, resumedBy = :by, resumedAt = :at, updatedAt = :at REMOVE finishedAt',
        ConditionExpression: '#status = :failed AND executions = :executions',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: {
          ':running': 'running',
          ':failed': 'failed',
          ':one': 1,
          ':by': by,
          ':at': at,
          ':executions': run.executions,
        },
      },
    };
    return this.#locks.claim(this.#table.lock(run), run.id, update, { outcome: 'not-failed' as const });
  }

  async restart(run: Run, failure: Failure, by: string): Promise<'restarted' | 'moved-on'> {
    const written = await this.updateRunning(run, run.executions, {
      UpdateExpression:
        'SET executions = executions + :one, failures = list_append(failures, :failure), resumedBy = :by, resumedAt = :at, updatedAt = :at',
      ExpressionAttributeValues: { ':one': 1, ':failure': [failure], ':by': by, ':at': failure.at },
    });
    return written === 'written' ? 'restarted' : 'moved-on';
  }

  async finish(run: Locked, execution: number, outcome: JobRunEnd<Failure>, at: string): Promise<void> {
    const failed = outcome.status === 'failed';
    const written = await this.updateRunning(run, execution, {
      UpdateExpression: `SET #status = :status, finishedAt = :at, updatedAt = :at${failed ? ', failures = list_append(failures, :failure)' : ''}`,
      ExpressionAttributeValues: { ':status': outcome.status, ':at': at, ...(failed ? { ':failure': [outcome.failure] } : {}) },
    });
    if (written === 'moved-on') {
      // Ended already (this state retried), or a resume gave the run to a newer execution, which holds the lock now.
      const current = await this.find(run.seasonId, run.id);
      if (current?.status === 'running') return;
    }
    await this.releaseLock(run);
  }

  releaseLock(run: Locked): Promise<void> {
    return this.#locks.release(this.#table.lock(run).key, run.id);
  }

  /** Updates the run only while it runs in `execution`: `moved-on` if it ended or a newer execution has it. */
  protected async updateRunning(
    run: Pick<Locked, 'seasonId' | 'id'>,
    execution: number,
    update: RunningRunUpdate,
  ): Promise<'written' | 'moved-on'> {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: this.#table.key(run.seasonId, run.id),
          UpdateExpression: update.UpdateExpression,
          ConditionExpression: `#status = :running AND executions = :execution${update.ConditionExpression === undefined ? '' : ` AND ${update.ConditionExpression}`}`,
          ExpressionAttributeNames: { ...update.ExpressionAttributeNames, '#status': 'status' },
          ExpressionAttributeValues: { ...update.ExpressionAttributeValues, ':running': 'running', ':execution': execution },
        }),
      );
      return 'written';
    } catch (error) {
      if (isConditionalCheckFailed(error)) return 'moved-on';
      throw error;
    }
  }
}
