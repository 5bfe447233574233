import { GetCommand, QueryCommand, TransactWriteCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Page, PageRequest } from '../../platform/paging/page.ts';
import { decodeCursor, encodeCursor } from '../../platform/paging/cursor.ts';
import {
  ENTITY,
  KEY_ATTRIBUTES,
  reviewAssignmentLockKey,
  reviewAssignmentRunIndexKeys,
  reviewAssignmentRunKey,
  reviewAssignmentRunsPartition,
  runningReviewAssignmentIndexKeys,
} from '../../platform/keys/keys.ts';
import type { JobRunClaim } from '../../platform/jobs/job-run.ts';
import type { ReviewAssignmentRuns } from '../../reviews/ports/review-assignment-runs.ts';
import {
  reviewAssignmentRunSchema,
  type AssignmentPageCounts,
  type AssignmentRunCursor,
  type ReviewAssignmentRun,
  type ReviewAssignmentRunFailure,
} from '../../reviews/review-assignment-run-schema.ts';
import { isConditionalCheckFailed, withoutAttributes } from './conditional-check.ts';
import { putOnce } from './put-once.ts';
import { transactWrite } from './transact-write.ts';
import { cancellationReasons } from './transaction-cancellation.ts';

type LockedRun = Pick<ReviewAssignmentRun, 'seasonId' | 'id' | 'stage' | 'rubricId'>;

const toRun = (item: Record<string, unknown>): ReviewAssignmentRun =>
  reviewAssignmentRunSchema.parse(withoutAttributes(item, KEY_ATTRIBUTES));

/** Review assignment runs and their locks in the season's partition; the season's list in gsi1 (keys.ts). */
export class DynamoDbReviewAssignmentRuns implements ReviewAssignmentRuns {
  readonly #client: DynamoDBDocumentClient;
  readonly #tableName: string;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.#client = client;
    this.#tableName = tableName;
  }

  /** The lock's update inside a claiming transaction: taken only if no run holds it. */
  #takeLock(run: LockedRun) {
    return {
      Update: {
        TableName: this.#tableName,
        Key: reviewAssignmentLockKey(run.seasonId, run.stage, run.rubricId),
        // Listed among the running runs while held: the calendar's reconciler finds it there.
        UpdateExpression: 'SET runningRunId = :id, entity = :entity, gsi1pk = :running, gsi1sk = :holder',
        ConditionExpression: 'attribute_not_exists(runningRunId)',
        ExpressionAttributeValues: {
          ':id': run.id,
          ':entity': ENTITY.reviewAssignmentLock,
          ':running': runningReviewAssignmentIndexKeys(run.seasonId, run.id).gsi1pk,
          ':holder': runningReviewAssignmentIndexKeys(run.seasonId, run.id).gsi1sk,
        },
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const,
      },
    };
  }

  /** Which run holds the lock, when the lock's condition is what cancelled the transaction. */
  async #lockHolder(error: unknown, run: LockedRun): Promise<JobRunClaim | undefined> {
    const reasons = cancellationReasons(error);
    if (reasons?.[0]?.code !== 'ConditionalCheckFailed') return undefined;
    const holder = reasons[0]?.item?.['runningRunId'];
    if (holder !== undefined) return { outcome: 'running', runId: holder };
    const { Item } = await this.#client.send(
      new GetCommand({
        TableName: this.#tableName,
        Key: reviewAssignmentLockKey(run.seasonId, run.stage, run.rubricId),
        ConsistentRead: true,
      }),
    );
    return { outcome: 'running', runId: String(Item?.['runningRunId'] ?? 'unknown') };
  }

  async start(run: ReviewAssignmentRun): Promise<JobRunClaim> {
    try {
      await transactWrite(
        this.#client,
        new TransactWriteCommand({
          TransactItems: [
            this.#takeLock(run),
            {
              Put: putOnce(this.#tableName, {
                ...reviewAssignmentRunKey(run.seasonId, run.id),
                ...reviewAssignmentRunIndexKeys(run.seasonId, run.id, run.startedAt),
                entity: ENTITY.reviewAssignmentRun,
                ...run,
              }),
            },
          ],
        }),
      );
      return { outcome: 'claimed' };
    } catch (error) {
      // The same start again: whether or not it still holds the lock, that run is the answer.
      if (cancellationReasons(error)?.[1]?.code === 'ConditionalCheckFailed') return { outcome: 'exists' };
      const holder = await this.#lockHolder(error, run);
      if (holder !== undefined) return holder;
      throw error;
    }
  }

  async find(seasonId: string, runId: string): Promise<ReviewAssignmentRun | undefined> {
    const { Item } = await this.#client.send(
      new GetCommand({ TableName: this.#tableName, Key: reviewAssignmentRunKey(seasonId, runId), ConsistentRead: true }),
    );
    return Item === undefined ? undefined : toRun(Item);
  }

  async list(seasonId: string, page: PageRequest): Promise<Page<ReviewAssignmentRun>> {
    const partition = reviewAssignmentRunsPartition(seasonId);
    // A run's keys with an empty id: its season's partition and the prefix every run's sort key has.
    const runs = reviewAssignmentRunKey(seasonId, '');
    const { Items = [], LastEvaluatedKey } = await this.#client.send(
      new QueryCommand({
        TableName: this.#tableName,
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
    return { items: Items.map(toRun), nextCursor: encodeCursor(LastEvaluatedKey) };
  }

  async resume(run: ReviewAssignmentRun, by: string, at: string): Promise<JobRunClaim | { readonly outcome: 'not-failed' }> {
    try {
      await transactWrite(
        this.#client,
        new TransactWriteCommand({
          TransactItems: [
            this.#takeLock(run),
            {
              Update: {
                TableName: this.#tableName,
                Key: reviewAssignmentRunKey(run.seasonId, run.id),
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
            },
          ],
        }),
      );
      return { outcome: 'claimed' };
    } catch (error) {
      if (cancellationReasons(error)?.[1]?.code === 'ConditionalCheckFailed') return { outcome: 'not-failed' };
      const holder = await this.#lockHolder(error, run);
      if (holder !== undefined) return holder;
      throw error;
    }
  }

  async restart(run: ReviewAssignmentRun, failure: ReviewAssignmentRunFailure, by: string): Promise<'restarted' | 'moved-on'> {
    try {
      await this.#client.send(
        new UpdateCommand({
          TableName: this.#tableName,
          Key: reviewAssignmentRunKey(run.seasonId, run.id),
          UpdateExpression:
            'SET executions = executions + :one, failures = list_append(failures, :failure), resumedBy = :by, resumedAt = :at, updatedAt = :at',
          ConditionExpression: '#status = :running AND executions = :executions',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':one': 1,
            ':failure': [failure],
            ':by': by,
            ':at': failure.at,
            ':running': 'running',
            ':executions': run.executions,
          },
        }),
      );
      return 'restarted';
    } catch (error) {
      if (isConditionalCheckFailed(error)) return 'moved-on';
      throw error;
    }
  }

  async checkpoint(
    run: ReviewAssignmentRun,
    execution: number,
    next: AssignmentRunCursor,
    counts: AssignmentPageCounts,
    at: string,
  ): Promise<'written' | 'moved-on'> {
    const reasons = Object.entries(counts.shortReasons);
    const names: Record<string, string> = { '#status': 'status' };
    const values: Record<string, unknown> = {
      ':expected': run.pages,
      ':execution': execution,
      ':running': 'running',
      ':one': 1,
      ':applications': counts.applications,
      ':assigned': counts.assigned,
      ':short': counts.short,
      ':done': next.done,
      ':at': at,
      // DynamoDB refuses an unused value, so only a page with applications left short carries the reasons' zero.
      ...(reasons.length === 0 ? {} : { ':zero': 0 }),
      ...(next.cursor === undefined ? {} : { ':cursor': next.cursor }),
    };
    const reasonSets = reasons.map(([reason, count], index) => {
      names[`#r${index}`] = reason;
      values[`:r${index}`] = count;
      return `shortReasons.#r${index} = if_not_exists(shortReasons.#r${index}, :zero) + :r${index}`;
    });
    try {
      await this.#client.send(
        new UpdateCommand({
          TableName: this.#tableName,
          Key: reviewAssignmentRunKey(run.seasonId, run.id),
          UpdateExpression: [
            [
              'SET pages = pages + :one',
              'applications = applications + :applications',
              'assigned = assigned + :assigned',
              '#short = #short + :short',
              '#done = :done',
              'updatedAt = :at',
              ...(next.cursor === undefined ? [] : ['#cursor = :cursor']),
              ...reasonSets,
            ].join(', '),
            ...(next.cursor === undefined ? ['REMOVE #cursor'] : []),
          ].join(' '),
          ConditionExpression: '#status = :running AND executions = :execution AND pages = :expected',
          ExpressionAttributeNames: { ...names, '#short': 'short', '#done': 'done', '#cursor': 'cursor' },
          ExpressionAttributeValues: values,
        }),
      );
      return 'written';
    } catch (error) {
      if (isConditionalCheckFailed(error)) return 'moved-on';
      throw error;
    }
  }

  async finish(
    run: LockedRun,
    execution: number,
    outcome: { readonly status: 'succeeded' } | { readonly status: 'failed'; readonly failure: ReviewAssignmentRunFailure },
    at: string,
  ): Promise<void> {
    const failed = outcome.status === 'failed';
    try {
      await this.#client.send(
        new UpdateCommand({
          TableName: this.#tableName,
          Key: reviewAssignmentRunKey(run.seasonId, run.id),
          UpdateExpression: `SET #status = :status, finishedAt = :at, updatedAt = :at${failed ? ', failures = list_append(failures, :failure)' : ''}`,
          ConditionExpression: '#status = :running AND executions = :execution',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: {
            ':status': outcome.status,
            ':running': 'running',
            ':execution': execution,
            ':at': at,
            ...(failed ? { ':failure': [outcome.failure] } : {}),
          },
        }),
      );
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
      // Ended already (this state retried), or a resume gave the run to a newer execution, which holds the lock now.
      const current = await this.find(run.seasonId, run.id);
      if (current?.status === 'running') return;
    }
    await this.releaseLock(run);
  }

  async releaseLock(run: LockedRun): Promise<void> {
    try {
      await this.#client.send(
        new UpdateCommand({
          TableName: this.#tableName,
          Key: reviewAssignmentLockKey(run.seasonId, run.stage, run.rubricId),
          UpdateExpression: 'REMOVE runningRunId, gsi1pk, gsi1sk',
          ConditionExpression: 'runningRunId = :id',
          ExpressionAttributeValues: { ':id': run.id },
        }),
      );
    } catch (error) {
      // Released by an earlier attempt, or held by another run now: not ours to touch.
      if (!isConditionalCheckFailed(error)) throw error;
    }
  }
}
