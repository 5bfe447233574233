import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  ExpiredIteratorException,
  GetRecordsCommand,
  type GetRecordsCommandOutput,
  GetShardIteratorCommand,
  type Shard,
  TrimmedDataAccessException,
} from '@aws-sdk/client-dynamodb-streams';
import { setTimeout as delay } from 'node:timers/promises';
import type { FilterPattern } from '../../config/webhook-event-source.ts';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../local-settings.ts';
import type { JsonValue, TaskInvoker } from '../step-functions/local-state-machine.ts';
import { matchesAnyFilterPattern } from './filter-pattern.ts';
import { lambdaStreamRecord } from './lambda-stream-record.ts';

export interface StreamReaderOptions {
  /** DynamoDB Local's endpoint, which serves its streams too. */
  readonly endpoint: string;
  readonly streamArn: string;
  /** The function the records go to, invoked as Lambda would (infra/local/step-functions/in-process-lambda.ts). */
  readonly invoke: TaskInvoker;
  readonly filterPatterns: readonly FilterPattern[];
  readonly batchSize: number;
  readonly retryAttempts: number;
  readonly bisectBatchOnError: boolean;
  /** TRIM_HORIZON: everything the stream holds; LATEST: only what is written after the reader started. */
  readonly startingPosition: 'TRIM_HORIZON' | 'LATEST';
  /** The wait between two polls that found nothing. */
  readonly idlePollMs?: number;
  /** Where records set aside after their retries, and errors reading the stream, are reported (no record contents). */
  readonly report?: (message: string) => void;
}

export interface StreamReader {
  /** Stops polling and waits for the batch in progress; safe to call twice. */
  stop(): Promise<void>;
}

interface FollowedShard {
  readonly shardId: string;
  iterator: string | undefined;
  /** The last record handed over (or set aside), to take up after it when an iterator expires. */
  lastSequenceNumber: string | undefined;
  finished: boolean;
}

type LambdaRecord = { [field: string]: JsonValue };

/** How often the shards are listed again (DynamoDB Local opens a new shard now and then), in idle polls. */
const DESCRIBE_EVERY_POLLS = 20;
/** The retries' backoff, doubling from this up to the cap. */
const FIRST_RETRY_MS = 50;
const MAX_RETRY_MS = 2_000;

/**
 * The event source mapping's stand-in: follows every shard of DynamoDB Local's stream of the table
 * (a child shard once its parent is read to its end), keeps the records the mapping's filter
 * patterns let through, and invokes the function with batches in the mapping's event shape, one
 * shard's records in order. A batch that reports failed records (partial batch response) is handed
 * over again from the first of them, one that throws is split in two, each up to the mapping's retry
 * limit; then its records are set aside (reported), as the mapping sends them to its on-failure queue.
 * Cheap when idle: one GetRecords per open shard per poll, and the function is not invoked for
 * writes no pattern lets through (most of the table's).
 */
export const startStreamReader = async (options: StreamReaderOptions): Promise<StreamReader> => {
  const { endpoint, streamArn, invoke, filterPatterns, batchSize, retryAttempts, bisectBatchOnError } = options;
  const idlePollMs = options.idlePollMs ?? 200;
  const report = options.report ?? ((message: string) => console.error(message));
  const client = new DynamoDBStreamsClient({ endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
  const shards = new Map<string, FollowedShard>();
  const stopping = new AbortController();

  const iteratorOf = async (shardId: string, position: 'TRIM_HORIZON' | 'LATEST', after?: string): Promise<string | undefined> => {
    const { ShardIterator } = await client.send(
      new GetShardIteratorCommand({
        StreamArn: streamArn,
        ShardId: shardId,
        ...(after === undefined ? { ShardIteratorType: position } : { ShardIteratorType: 'AFTER_SEQUENCE_NUMBER', SequenceNumber: after }),
      }),
    );
    return ShardIterator;
  };

  /** Lists the stream's shards and starts following the new ones whose parent is read (or gone). */
  const discover = async (position: 'TRIM_HORIZON' | 'LATEST'): Promise<void> => {
    const listed: Shard[] = [];
    let start: string | undefined;
    do {
      const { StreamDescription } = await client.send(new DescribeStreamCommand({ StreamArn: streamArn, ExclusiveStartShardId: start }));
      listed.push(...(StreamDescription?.Shards ?? []));
      start = StreamDescription?.LastEvaluatedShardId;
    } while (start !== undefined);
    const listedIds = new Set(listed.map((shard) => shard.ShardId));
    for (const shard of listed) {
      const shardId = shard.ShardId;
      if (shardId === undefined || shards.has(shardId)) continue;
      const parent = shard.ParentShardId === undefined ? undefined : shards.get(shard.ParentShardId);
      const parentPending = shard.ParentShardId !== undefined && listedIds.has(shard.ParentShardId) && parent?.finished !== true;
      if (parentPending) continue;
      // Reading from LATEST, a shard already closed holds nothing new.
      if (position === 'LATEST' && shard.SequenceNumberRange?.EndingSequenceNumber !== undefined) {
        shards.set(shardId, { shardId, iterator: undefined, lastSequenceNumber: undefined, finished: true });
        continue;
      }
      shards.set(shardId, { shardId, iterator: await iteratorOf(shardId, position), lastSequenceNumber: undefined, finished: false });
    }
  };

  /** The index in `batch` to retry from, or undefined when every record is done. */
  const firstFailed = (answer: JsonValue, batch: readonly LambdaRecord[]): number | undefined => {
    const failures = (answer as { batchItemFailures?: { itemIdentifier?: string }[] } | null)?.batchItemFailures ?? [];
    if (failures.length === 0) return undefined;
    const failed = new Set(failures.map((failure) => failure.itemIdentifier));
    const index = batch.findIndex((record) => failed.has((record['dynamodb'] as { SequenceNumber: string }).SequenceNumber));
    // A failure naming no record of the batch fails the whole batch, as Lambda treats it.
    return index === -1 ? 0 : index;
  };

  const setAside = (batch: readonly LambdaRecord[]): void => {
    const sequence = (record: LambdaRecord | undefined) =>
      (record?.['dynamodb'] as { SequenceNumber?: string } | undefined)?.SequenceNumber;
    report(
      `Stream reader: ${batch.length} record(s) set aside after ${retryAttempts} retries (sequence numbers ${sequence(batch[0])} to ${sequence(batch.at(-1))})`,
    );
  };

  const deliver = async (batch: readonly LambdaRecord[], attemptsLeft: number): Promise<void> => {
    let pending = batch;
    let left = attemptsLeft;
    for (let attempt = 0; pending.length > 0; attempt += 1) {
      let retryFrom: number | 'threw' | undefined;
      try {
        retryFrom = firstFailed(await invoke({ Records: [...pending] }), pending);
      } catch {
        retryFrom = 'threw';
      }
      if (retryFrom === undefined) return;
      if (left === 0) return setAside(pending);
      left -= 1;
      await delay(Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** attempt), undefined, { signal: stopping.signal });
      if (retryFrom === 'threw') {
        if (bisectBatchOnError && pending.length > 1) {
          const half = Math.ceil(pending.length / 2);
          await deliver(pending.slice(0, half), left);
          await deliver(pending.slice(half), left);
          return;
        }
      } else {
        pending = pending.slice(retryFrom);
      }
    }
  };

  /** One GetRecords of a shard and the delivery of what passed the filter; whether it found records. */
  const poll = async (shard: FollowedShard): Promise<boolean> => {
    if (shard.iterator === undefined) {
      shard.finished = true;
      return false;
    }
    let answer: GetRecordsCommandOutput;
    try {
      answer = await client.send(new GetRecordsCommand({ ShardIterator: shard.iterator, Limit: 1000 }));
    } catch (error) {
      if (!(error instanceof ExpiredIteratorException || error instanceof TrimmedDataAccessException)) throw error;
      shard.iterator = await iteratorOf(shard.shardId, 'TRIM_HORIZON', shard.lastSequenceNumber);
      return true;
    }
    const records = answer.Records ?? [];
    const passed = records
      .map((record) => lambdaStreamRecord(record, streamArn))
      .filter((record) => matchesAnyFilterPattern(filterPatterns, record));
    for (let start = 0; start < passed.length; start += batchSize) await deliver(passed.slice(start, start + batchSize), retryAttempts);
    shard.lastSequenceNumber = records.at(-1)?.dynamodb?.SequenceNumber ?? shard.lastSequenceNumber;
    shard.iterator = answer.NextShardIterator;
    if (shard.iterator === undefined) shard.finished = true;
    return records.length > 0;
  };

  const run = async (): Promise<void> => {
    for (let polls = 1; !stopping.signal.aborted; polls += 1) {
      try {
        let found = false;
        for (const shard of shards.values()) if (!shard.finished && (await poll(shard))) found = true;
        const open = [...shards.values()].some((shard) => !shard.finished);
        if (!open || polls % DESCRIBE_EVERY_POLLS === 0) await discover('TRIM_HORIZON');
        if (!found) await delay(idlePollMs, undefined, { signal: stopping.signal });
      } catch (error) {
        if (stopping.signal.aborted) return;
        // The error's class only: a message may quote what the service was sent.
        report(`Stream reader: ${error instanceof Error ? error.name : 'unknown error'}; reading on`);
        await delay(MAX_RETRY_MS, undefined, { signal: stopping.signal }).catch(() => undefined);
      }
    }
  };

  await discover(options.startingPosition);
  const running = run().catch(() => undefined);
  let stopped: Promise<void> | undefined;
  return {
    stop: () =>
      (stopped ??= (async () => {
        stopping.abort();
        await running;
        client.destroy();
      })()),
  };
};
