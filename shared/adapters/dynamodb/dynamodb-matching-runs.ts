import {
  GetCommand,
  PutCommand,
  QueryCommand,
  TransactWriteCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import type { LockedMatchingRun, MatchingCheckpoint, MatchingRuns, MatchRecord } from '../../internships/ports/matching-runs.ts';
import type { JobRunClaim } from '../../platform/jobs/job-run.ts';
import { matchingRunSchema, type MatchingRun, type MatchingRunFailure } from '../../internships/matching-run-schema.ts';
import {
  ENTITY,
  internshipMatchingChunkKey,
  internshipMatchingChunkPartition,
  internshipMatchingLockKey,
  internshipMatchingRunIndexKeys,
  internshipMatchingRunKey,
  internshipMatchingRunsPartition,
  runningInternshipMatchingIndexKeys,
  type MatchingChunkPart,
} from '../../platform/keys/keys.ts';
import type { Page, PageRequest } from '../../platform/paging/page.ts';
import { decodeCursor, encodeCursor } from '../../platform/paging/cursor.ts';
import { settleInParallel, valuesOrFirstFailure } from '../../platform/workflow/settle-in-parallel.ts';
import { isConditionalCheckFailed } from './conditional-check.ts';
import { parseStoredItem } from './parse-stored.ts';
import { putOnce } from './put-once.ts';
import { transactWrite } from './transact-write.ts';
import { cancellationReasons } from './transaction-cancellation.ts';

/** A run's inputs are worth keeping only while it may resume; its report (assignments, explanations) stays with the run. */
const INPUT_RETENTION_S = 30 * 24 * 60 * 60;
const INPUT_PARTS: readonly MatchingChunkPart[] = ['APPLICANTS', 'OFFERS'];
/** Chunks written at once: a match writes a few hundred small items. */
const CHUNK_WRITES_IN_FLIGHT = 16;

/** Which chunk count of the run a part adds to. */
const CHUNK_COUNT: Readonly<Record<MatchingChunkPart, keyof MatchingRun['chunks']>> = {
  APPLICANTS: 'applicants',
  OFFERS: 'offers',
  ASSIGNED: 'assigned',
  UNMATCHED: 'unmatched',
  UNFILLED: 'unfilled',
};

const toRun = (item: Record<string, unknown>): MatchingRun => parseStoredItem(matchingRunSchema, item);

/** Matching runs and their locks in the season's partition, the season's list in gsi1, each run's chunks in a partition of its own (keys.ts). */
export class DynamoDbMatchingRuns implements MatchingRuns {
  readonly #client: DynamoDBDocumentClient;
  readonly #tableName: string;

  constructor(client: DynamoDBDocumentClient, tableName: string) {
    this.#client = client;
    this.#tableName = tableName;
  }

  /** The lock's update inside a claiming transaction: taken only if no run holds it; listed among the running runs while held. */
  #takeLock(run: LockedMatchingRun) {
    const running = runningInternshipMatchingIndexKeys(run.seasonId, run.id);
    return {
      Update: {
        TableName: this.#tableName,
        Key: internshipMatchingLockKey(run.seasonId, run.stage),
        UpdateExpression: 'SET runningRunId = :id, entity = :entity, gsi1pk = :running, gsi1sk = :holder',
        ConditionExpression: 'attribute_not_exists(runningRunId)',
        ExpressionAttributeValues: {
          ':id': run.id,
          ':entity': ENTITY.internshipMatchingLock,
          ':running': running.gsi1pk,
          ':holder': running.gsi1sk,
        },
        ReturnValuesOnConditionCheckFailure: 'ALL_OLD' as const,
      },
    };
  }

  async #lockHolder(error: unknown, run: LockedMatchingRun): Promise<JobRunClaim | undefined> {
    const reasons = cancellationReasons(error);
    if (reasons?.[0]?.code !== 'ConditionalCheckFailed') return undefined;
    const holder = reasons[0]?.item?.['runningRunId'];
    if (holder !== undefined) return { outcome: 'running', runId: holder };
    const { Item } = await this.#client.send(
      new GetCommand({ TableName: this.#tableName, Key: internshipMatchingLockKey(run.seasonId, run.stage), ConsistentRead: true }),
    );
    return { outcome: 'running', runId: String(Item?.['runningRunId'] ?? 'unknown') };
  }

  async start(run: MatchingRun): Promise<JobRunClaim> {
    try {
      await transactWrite(
        this.#client,
        new TransactWriteCommand({
          TransactItems: [
            this.#takeLock(run),
            {
              Put: putOnce(this.#tableName, {
                ...internshipMatchingRunKey(run.seasonId, run.id),
                ...internshipMatchingRunIndexKeys(run.seasonId, run.id, run.startedAt),
                entity: ENTITY.internshipMatchingRun,
                ...run,
              }),
            },
          ],
        }),
      );
      return { outcome: 'claimed' };
    } catch (error) {
      if (cancellationReasons(error)?.[1]?.code === 'ConditionalCheckFailed') return { outcome: 'exists' };
      const holder = await this.#lockHolder(error, run);
      if (holder !== undefined) return holder;
      throw error;
    }
  }

  async find(seasonId: string, runId: string): Promise<MatchingRun | undefined> {
    const { Item } = await this.#client.send(
      new GetCommand({ TableName: this.#tableName, Key: internshipMatchingRunKey(seasonId, runId), ConsistentRead: true }),
    );
    return Item === undefined ? undefined : toRun(Item);
  }

  async list(seasonId: string, page: PageRequest): Promise<Page<MatchingRun>> {
    const partition = internshipMatchingRunsPartition(seasonId);
    const runs = internshipMatchingRunKey(seasonId, '');
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

  async resume(run: MatchingRun, by: string, at: string): Promise<JobRunClaim | { readonly outcome: 'not-failed' }> {
    try {
      await transactWrite(
        this.#client,
        new TransactWriteCommand({
          TransactItems: [
            this.#takeLock(run),
            {
              Update: {
                TableName: this.#tableName,
                Key: internshipMatchingRunKey(run.seasonId, run.id),
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

  async restart(run: MatchingRun, failure: MatchingRunFailure, by: string): Promise<'restarted' | 'moved-on'> {
    try {
      await this.#client.send(
        new UpdateCommand({
          TableName: this.#tableName,
          Key: internshipMatchingRunKey(run.seasonId, run.id),
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

  /** Writes chunks of a part whole, numbered from `first`; inputs expire, the report does not. */
  async #writeChunks(
    runId: string,
    part: MatchingChunkPart,
    first: number,
    chunks: readonly (readonly unknown[])[],
    at: string,
  ): Promise<void> {
    const expiresAt = INPUT_PARTS.includes(part) ? { expiresAt: Math.floor(Date.parse(at) / 1000) + INPUT_RETENTION_S } : {};
    valuesOrFirstFailure(
      await settleInParallel(
        chunks.map((lines, offset) => ({ lines, index: first + offset })),
        CHUNK_WRITES_IN_FLIGHT,
        ({ lines, index }) =>
          this.#client.send(
            new PutCommand({
              TableName: this.#tableName,
              Item: { ...internshipMatchingChunkKey(runId, part, index), entity: ENTITY.internshipMatchingChunk, lines, ...expiresAt },
            }),
          ),
      ),
    );
  }

  async checkpoint(run: MatchingRun, execution: number, step: MatchingCheckpoint, at: string): Promise<'written' | 'moved-on'> {
    const added = step.chunks?.lines.length ?? 0;
    if (step.chunks !== undefined && added > 0) {
      await this.#writeChunks(run.id, step.chunks.part, run.chunks[CHUNK_COUNT[step.chunks.part]], step.chunks.lines, at);
    }
    const names: Record<string, string> = { '#status': 'status', '#phase': 'phase', '#cursor': 'cursor' };
    const values: Record<string, unknown> = {
      ':running': 'running',
      ':execution': execution,
      ':phase': run.phase,
      ':expected': run.pages,
      ':next': step.phase,
      ':pages': step.phase === run.phase ? run.pages + 1 : 0,
      ':at': at,
    };
    const sets = ['#phase = :next', 'pages = :pages', 'updatedAt = :at'];
    if (step.cursor !== undefined) {
      sets.push('#cursor = :cursor');
      values[':cursor'] = step.cursor;
    }
    if (step.chunks !== undefined && added > 0) {
      names['#chunks'] = 'chunks';
      names['#part'] = CHUNK_COUNT[step.chunks.part];
      values[':chunks'] = added;
      sets.push('#chunks.#part = #chunks.#part + :chunks');
    }
    let index = 0;
    const add = (attribute: string, amount: number): void => {
      names[`#c${index}`] = attribute;
      values[`:c${index}`] = amount;
      sets.push(`#c${index} = #c${index} + :c${index}`);
      index += 1;
    };
    const addReasons = (map: string, reasons: Readonly<Record<string, number>> | undefined): void => {
      for (const [reason, amount] of Object.entries(reasons ?? {})) {
        names[`#m${index}`] = map;
        names[`#r${index}`] = reason;
        values[`:r${index}`] = amount;
        values[':zero'] = 0;
        sets.push(`#m${index}.#r${index} = if_not_exists(#m${index}.#r${index}, :zero) + :r${index}`);
        index += 1;
      }
    };
    const { excludedReasons, notOfferedReasons, ...counts } = step.counts;
    for (const [attribute, amount] of Object.entries(counts)) if (amount !== undefined) add(attribute, amount);
    addReasons('excludedReasons', excludedReasons);
    addReasons('notOfferedReasons', notOfferedReasons);
    try {
      await this.#client.send(
        new UpdateCommand({
          TableName: this.#tableName,
          Key: internshipMatchingRunKey(run.seasonId, run.id),
          UpdateExpression: `SET ${sets.join(', ')}${step.cursor === undefined ? ' REMOVE #cursor' : ''}`,
          ConditionExpression: '#status = :running AND executions = :execution AND #phase = :phase AND pages = :expected',
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

  async recordMatch(run: MatchingRun, execution: number, record: MatchRecord, at: string): Promise<'written' | 'moved-on'> {
    await Promise.all([
      this.#writeChunks(run.id, 'ASSIGNED', 0, record.assigned, at),
      this.#writeChunks(run.id, 'UNMATCHED', 0, record.unmatched, at),
      this.#writeChunks(run.id, 'UNFILLED', 0, record.unfilled, at),
    ]);
    const figures = record.figures;
    try {
      await this.#client.send(
        new UpdateCommand({
          TableName: this.#tableName,
          Key: internshipMatchingRunKey(run.seasonId, run.id),
          UpdateExpression: [
            'SET #phase = :next, pages = :zero, updatedAt = :at',
            '#chunks.assigned = :assigned, #chunks.unmatched = :unmatchedChunks, #chunks.unfilled = :unfilledChunks',
            'matched = :matched, firstChoice = :firstChoice, proposals = :proposals',
            'unmatched = :unmatched, unmatchedReasons = :unmatchedReasons',
            'unfilledOffers = :unfilledOffers, unfilledSeats = :unfilledSeats, unfilledReasons = :unfilledReasons',
          ].join(', '),
          ConditionExpression: '#status = :running AND executions = :execution AND #phase = :match',
          ExpressionAttributeNames: { '#status': 'status', '#phase': 'phase', '#chunks': 'chunks' },
          ExpressionAttributeValues: {
            ':running': 'running',
            ':execution': execution,
            ':match': 'match',
            ':next': record.phase,
            ':zero': 0,
            ':at': at,
            ':assigned': record.assigned.length,
            ':unmatchedChunks': record.unmatched.length,
            ':unfilledChunks': record.unfilled.length,
            ':matched': figures.matched,
            ':firstChoice': figures.firstChoice,
            ':proposals': figures.proposals,
            ':unmatched': figures.unmatched,
            ':unmatchedReasons': figures.unmatchedReasons,
            ':unfilledOffers': figures.unfilledOffers,
            ':unfilledSeats': figures.unfilledSeats,
            ':unfilledReasons': figures.unfilledReasons,
          },
        }),
      );
      return 'written';
    } catch (error) {
      if (isConditionalCheckFailed(error)) return 'moved-on';
      throw error;
    }
  }

  async chunks(runId: string, part: MatchingChunkPart, count: number): Promise<readonly (readonly unknown[])[]> {
    if (count === 0) return [];
    const found: (readonly unknown[])[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const { Items = [], LastEvaluatedKey } = await this.#client.send(
        new QueryCommand({
          TableName: this.#tableName,
          KeyConditionExpression: 'pk = :pk AND sk BETWEEN :first AND :last',
          ExpressionAttributeValues: {
            ':pk': internshipMatchingChunkPartition(runId),
            ':first': internshipMatchingChunkKey(runId, part, 0).sk,
            ':last': internshipMatchingChunkKey(runId, part, count - 1).sk,
          },
          ProjectionExpression: 'sk, #lines',
          ExpressionAttributeNames: { '#lines': 'lines' },
          ConsistentRead: true,
          ExclusiveStartKey: start,
        }),
      );
      for (const item of Items) found.push(item['lines'] as readonly unknown[]);
      start = LastEvaluatedKey;
    } while (start !== undefined);
    if (found.length !== count) throw new Error(`Matching run ${runId} holds ${found.length} ${part} chunks of ${count}`);
    return found;
  }

  async chunk(runId: string, part: MatchingChunkPart, index: number): Promise<readonly unknown[] | undefined> {
    const { Item } = await this.#client.send(
      new GetCommand({ TableName: this.#tableName, Key: internshipMatchingChunkKey(runId, part, index), ConsistentRead: true }),
    );
    return Item === undefined ? undefined : (Item['lines'] as readonly unknown[]);
  }

  async finish(
    run: LockedMatchingRun,
    execution: number,
    outcome: { readonly status: 'succeeded' } | { readonly status: 'failed'; readonly failure: MatchingRunFailure },
    at: string,
  ): Promise<void> {
    const failed = outcome.status === 'failed';
    try {
      await this.#client.send(
        new UpdateCommand({
          TableName: this.#tableName,
          Key: internshipMatchingRunKey(run.seasonId, run.id),
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

  async releaseLock(run: LockedMatchingRun): Promise<void> {
    try {
      await this.#client.send(
        new UpdateCommand({
          TableName: this.#tableName,
          Key: internshipMatchingLockKey(run.seasonId, run.stage),
          UpdateExpression: 'REMOVE runningRunId, gsi1pk, gsi1sk',
          ConditionExpression: 'runningRunId = :id',
          ExpressionAttributeValues: { ':id': run.id },
        }),
      );
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
    }
  }
}
