import {
  GetCommand,
  TransactWriteCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type { TableKeys } from '../../../platform/keys/keys.ts';
import { isConditionalCheckFailed } from '../conditional-check.ts';
import { transactWrite } from '../transact-write.ts';
import { cancellationReasons } from '../transaction-cancellation.ts';

/**
 * A run's one-run-at-a-time lock: an item holding `runningRunId` while a run works, taken in the
 * transaction that creates or resumes the run and released when the run ends. While held it
 * carries an entry in its kind's list of running runs (gsi1), which the calendar's reconciler reads.
 */
export interface RunLock {
  readonly key: TableKeys;
  readonly entity: string;
  /** The held lock's entry in the list of running runs (keys.ts). */
  readonly running: { readonly gsi1pk: string; readonly gsi1sk: string };
  /** Set on the lock where its entry does not name the run's season (a gate's names the gate). */
  readonly seasonId?: string;
}

/** Another run holds the lock. */
export type LockHeld = { readonly outcome: 'running'; readonly runId: string };

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** Runs' locks in the table: taken together with a write of the run, released when it ends. */
export class DynamoDbRunLocks {
  readonly #client: DynamoDBDocumentClient;
  readonly #tableName: string;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.#client = client;
    this.#tableName = tableName;
  }

  /**
   * Takes the lock for `runId` and writes the run in ONE transaction: `claimed`, or which run holds
   * the lock. Where the run's own write was refused, `runRefused` is the answer (the caller knows
   * what its condition meant) and comes first; without one, that refusal is thrown.
   */
  async claim<Refused = never>(
    lock: RunLock,
    runId: string,
    runWrite: TransactItem,
    runRefused?: Refused,
  ): Promise<{ readonly outcome: 'claimed' } | LockHeld | Refused> {
    try {
      await transactWrite(this.#client, new TransactWriteCommand({ TransactItems: [this.#take(lock, runId), runWrite] }));
      return { outcome: 'claimed' };
    } catch (error) {
      if (runRefused !== undefined && cancellationReasons(error)?.[1]?.code === 'ConditionalCheckFailed') return runRefused;
      const holder = await this.#holder(error, lock.key);
      if (holder !== undefined) return holder;
      throw error;
    }
  }

  /** Releases the lock if `runId` still holds it. */
  async release(lockKey: TableKeys, runId: string): Promise<void> {
    try {
      await this.#client.send(
        new UpdateCommand({
          TableName: this.#tableName,
          Key: lockKey,
          UpdateExpression: 'REMOVE runningRunId, gsi1pk, gsi1sk',
          ConditionExpression: 'runningRunId = :id',
          ExpressionAttributeValues: { ':id': runId },
        }),
      );
    } catch (error) {
      // Released by an earlier attempt, or held by another run now: not ours to touch.
      if (!isConditionalCheckFailed(error)) throw error;
    }
  }

  /** The lock's update inside a claiming transaction: taken only if no run holds it; listed among the running runs while held. */
  #take(lock: RunLock, runId: string): TransactItem {
    return {
      Update: {
        TableName: this.#tableName,
        Key: lock.key,
        UpdateExpression: `SET runningRunId = :id, entity = :entity, ${lock.seasonId === undefined ? '' : 'seasonId = :seasonId, '}gsi1pk = :running, gsi1sk = :holder`,
        ConditionExpression: 'attribute_not_exists(runningRunId)',
        ExpressionAttributeValues: {
          ':id': runId,
          ':entity': lock.entity,
          ...(lock.seasonId === undefined ? {} : { ':seasonId': lock.seasonId }),
          ':running': lock.running.gsi1pk,
          ':holder': lock.running.gsi1sk,
        },
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
      },
    };
  }

  /** Which run holds the lock, when the lock's condition (the transaction's first action) is what cancelled it. */
  async #holder(error: unknown, lockKey: TableKeys): Promise<LockHeld | undefined> {
    const reasons = cancellationReasons(error);
    if (reasons?.[0]?.code !== 'ConditionalCheckFailed') return undefined;
    const holder = reasons[0]?.item?.['runningRunId'];
    if (holder !== undefined) return { outcome: 'running', runId: holder };
    const { Item } = await this.#client.send(new GetCommand({ TableName: this.#tableName, Key: lockKey, ConsistentRead: true }));
    return { outcome: 'running', runId: String(Item?.['runningRunId'] ?? 'unknown') };
  }
}
