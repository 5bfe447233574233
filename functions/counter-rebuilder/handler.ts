import type { Context } from 'aws-lambda';
import * as z from 'zod';
import { documentClient } from '../../shared/adapters/dynamodb/document-client.ts';
import { dynamoDbLease } from '../../shared/adapters/dynamodb/dynamodb-lease.ts';
import { DynamoDbCounterRebuilds } from '../../shared/adapters/dynamodb/dynamodb-season-counts-rebuild.ts';
import { advanceCounterRebuilds, type RebuilderReport } from '../../shared/counters/use-cases/advance-counter-rebuilds.ts';
import { ENV, requireEnv } from '../../shared/platform/config/env.ts';
import { ENTITY, counterRebuilderLeaseKey } from '../../shared/platform/keys/keys.ts';
import { logger } from '../../shared/platform/observability/logger.ts';
import { once } from '../../shared/platform/wiring/once.ts';

/** The schedule sends `{}` (infra/schedules/index.ts); nothing else is accepted. */
const rebuildEventSchema = z.strictObject({});

/** Stop taking pages this long before the function's timeout, so the last one finishes and checkpoints. */
const RESERVE_MS = 15_000;
/** Work at most this long per invocation: the schedule starts the next one every minute. */
const MAX_BUDGET_MS = 45_000;

const wiring = once(() => {
  const tableName = requireEnv(ENV.tableName);
  const client = documentClient();
  return {
    rebuilds: new DynamoDbCounterRebuilds(client, tableName),
    lease: dynamoDbLease(client, tableName, counterRebuilderLeaseKey(), ENTITY.counterRebuilderLease),
  };
});

// Cold start: the container's client and adapters, built once before the first run.
wiring();

/**
 * The `counter-rebuilder`: started every minute by the `counterRebuild` schedule, it advances the
 * running rebuilds of seasons' counters under a lease (one rebuilder at a time), from their
 * checkpoints, for up to ~45 s. An idle run is a lease write and one small Query.
 */
export const handler = async (event: unknown, context: Context): Promise<RebuilderReport> => {
  rebuildEventSchema.parse(event);
  const { rebuilds, lease } = wiring();
  const budgetMs = Math.max(0, Math.min(MAX_BUDGET_MS, context.getRemainingTimeInMillis() - RESERVE_MS));
  const start = Date.now();
  const holder = context.awsRequestId;
  if (!(await lease.acquire(holder, new Date(start), new Date(start + budgetMs + RESERVE_MS)))) return { advanced: 0, completed: 0 };
  try {
    const report = await advanceCounterRebuilds({ rebuilds, now: Date.now }, start + budgetMs);
    if (report.advanced > 0) logger.info('counter rebuilds advanced', { ...report });
    return report;
  } finally {
    await lease.release(holder);
  }
};
