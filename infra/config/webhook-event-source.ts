import { WATCHED_CHANGES, type WatchedChange } from '../../shared/webhooks/domain/changes/watched-changes.ts';

/**
 * A Lambda event filter pattern over a stream record as Lambda sees it: an object names fields to
 * descend into, an array the values a field may have (exact matches only: nothing else is used here,
 * and the local stream reader applies exactly that).
 */
export interface FilterPattern {
  readonly [field: string]: FilterPattern | readonly string[];
}

/** The pattern one watched change passes by: its kinds of change, its items' entity tag and, if it says, their status after. */
const patternOf = (watched: WatchedChange): FilterPattern => ({
  eventName: watched.kinds,
  dynamodb: {
    NewImage: {
      entity: { S: [watched.entity] },
      ...(watched.statuses === undefined ? {} : { status: { S: watched.statuses } }),
    },
  },
});

/**
 * How the table's stream reaches the `webhook-events` function: CDK's event source mapping
 * (infra/stacks/events-stack.ts) and the local cloud's stream reader (infra/local/streams/) both read
 * this, so what is filtered out, how much comes in a batch and how often a failure is retried are
 * the same in AWS and on one machine.
 */
export const WEBHOOK_EVENT_SOURCE = {
  /**
   * One pattern per watched change; a record passing any of them is delivered. A mapping takes five
   * filters unless the quota is raised (to ten): the watched changes stay within it.
   */
  filterPatterns: WATCHED_CHANGES.map(patternOf),
  /** From the oldest record the stream holds (24 hours), so a mapping created after the stream misses nothing. */
  startingPosition: 'TRIM_HORIZON',
  /** Up to a hundred records or a second's wait, whichever first: a submission deadline's changes come in few invocations. */
  batchSize: 100,
  maxBatchingWindowSeconds: 1,
  /**
   * Retries of a failed batch (from its failed record, the partial batch response); then the record's
   * place in the stream goes to the on-failure queue and the shard moves on. The sink is idempotent,
   * so a retry costs only its requests.
   */
  retryAttempts: 10,
  /** A batch that throws is split in two and each half retried: one poisoned record ends alone, not with its neighbours. */
  bisectBatchOnError: true,
  /**
   * Batches of one shard processed at once (order is still kept per item key). Chosen, not measured:
   * two keep a deadline's burst of submissions from queueing behind a slow fan-out.
   */
  parallelizationFactor: 2,
} as const;
