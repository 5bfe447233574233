import { GetCommand, PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { LockedMatchingRun, MatchingCheckpoint, MatchingRuns, MatchRecord } from '../../internships/ports/matching-runs.ts';
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
import { settleInParallel, valuesOrFirstFailure } from '../../platform/workflow/settle-in-parallel.ts';
import { DynamoDbJobRuns } from './job-runs/dynamodb-job-runs.ts';
import { addReasonCounts } from './job-runs/reason-counts.ts';

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

/** Matching runs and their locks (one per stage) in the season's partition, the season's list in gsi1, each run's chunks in a partition of its own (keys.ts). */
export class DynamoDbMatchingRuns extends DynamoDbJobRuns<MatchingRun, MatchingRunFailure, LockedMatchingRun> implements MatchingRuns {
  constructor(client: DynamoDBDocumentClient, tableName: string) {
    super(client, tableName, {
      schema: matchingRunSchema,
      entity: ENTITY.internshipMatchingRun,
      key: internshipMatchingRunKey,
      listKeys: internshipMatchingRunIndexKeys,
      listPartition: internshipMatchingRunsPartition,
      lock: (run) => ({
        key: internshipMatchingLockKey(run.seasonId, run.stage),
        entity: ENTITY.internshipMatchingLock,
        running: runningInternshipMatchingIndexKeys(run.seasonId, run.id),
      }),
    });
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
          this.client.send(
            new PutCommand({
              TableName: this.tableName,
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
    const names: Record<string, string> = { '#phase': 'phase', '#cursor': 'cursor' };
    const values: Record<string, unknown> = {
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
    const { excludedReasons, notOfferedReasons, ...counts } = step.counts;
    Object.entries(counts).forEach(([attribute, amount], index) => {
      if (amount === undefined) return;
      names[`#c${index}`] = attribute;
      values[`:c${index}`] = amount;
      sets.push(`#c${index} = #c${index} + :c${index}`);
    });
    const excluded = addReasonCounts('excludedReasons', excludedReasons ?? {}, 'x');
    const notOffered = addReasonCounts('notOfferedReasons', notOfferedReasons ?? {}, 'n');
    return this.updateRunning(run, execution, {
      UpdateExpression: `SET ${[...sets, ...excluded.sets, ...notOffered.sets].join(', ')}${step.cursor === undefined ? ' REMOVE #cursor' : ''}`,
      ConditionExpression: '#phase = :phase AND pages = :expected',
      ExpressionAttributeNames: { ...names, ...excluded.names, ...notOffered.names },
      ExpressionAttributeValues: { ...values, ...excluded.values, ...notOffered.values },
    });
  }

  async recordMatch(run: MatchingRun, execution: number, record: MatchRecord, at: string): Promise<'written' | 'moved-on'> {
    await Promise.all([
      this.#writeChunks(run.id, 'ASSIGNED', 0, record.assigned, at),
      this.#writeChunks(run.id, 'UNMATCHED', 0, record.unmatched, at),
      this.#writeChunks(run.id, 'UNFILLED', 0, record.unfilled, at),
    ]);
    const figures = record.figures;
    return this.updateRunning(run, execution, {
      UpdateExpression: [
        'SET #phase = :next, pages = :zero, updatedAt = :at',
        '#chunks.assigned = :assigned, #chunks.unmatched = :unmatchedChunks, #chunks.unfilled = :unfilledChunks',
        'matched = :matched, firstChoice = :firstChoice, proposals = :proposals',
        'unmatched = :unmatched, unmatchedReasons = :unmatchedReasons',
        'unfilledOffers = :unfilledOffers, unfilledSeats = :unfilledSeats, unfilledReasons = :unfilledReasons',
      ].join(', '),
      ConditionExpression: '#phase = :match',
      ExpressionAttributeNames: { '#phase': 'phase', '#chunks': 'chunks' },
      ExpressionAttributeValues: {
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
    });
  }

  async chunks(runId: string, part: MatchingChunkPart, count: number): Promise<readonly (readonly unknown[])[]> {
    if (count === 0) return [];
    const found: (readonly unknown[])[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const { Items = [], LastEvaluatedKey } = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
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
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: internshipMatchingChunkKey(runId, part, index), ConsistentRead: true }),
    );
    return Item === undefined ? undefined : (Item['lines'] as readonly unknown[]);
  }
}
