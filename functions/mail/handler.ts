import type { Context } from 'aws-lambda';
import * as z from 'zod';
import { logger } from '../../shared/platform/observability/logger.ts';
import { businessMetrics } from '../../shared/platform/observability/metrics.ts';
import { drainMailQueue, type DrainReport } from '../../shared/mail/use-cases/drain-mail-queue.ts';
import { recordDrain } from './drain-metrics.ts';
import { wiring } from './wiring.ts';

// Cold start: the container's clients and repositories, built once before the first drain.
wiring();

/** The schedule sends `{}` (infra/schedules/index.ts); nothing else is accepted. */
const drainEventSchema = z.strictObject({});

/** Stop taking mails this long before the function's timeout, so the last send and its bookkeeping finish. */
const RESERVE_MS = 10_000;
/** Drain at most this long per invocation: the schedule starts the next one every minute. */
const MAX_BUDGET_MS = 50_000;

/**
 * The `mail` capability: the mail queue's drainer, started every minute by the `mailDrain`
 * schedule. The only function allowed to send mail (capability-access.ts).
 */
export const handler = async (event: unknown, context: Context): Promise<DrainReport> => {
  drainEventSchema.parse(event);
  const { drain, ratePerSecond } = wiring();
  const report = await drainMailQueue(drain, {
    ratePerSecond,
    budgetMs: Math.max(0, Math.min(MAX_BUDGET_MS, context.getRemainingTimeInMillis() - RESERVE_MS)),
    holder: context.awsRequestId,
  });
  // Counts only: the mails' addresses and bodies are personal data.
  logger.info('mail queue drained', { ...report });
  recordDrain(businessMetrics, report);
  await businessMetrics.flush();
  return report;
};
