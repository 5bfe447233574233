import type { Context } from 'aws-lambda';
import * as z from 'zod';
import { logger } from '../../shared/platform/observability/logger.ts';
import { dispatchWebhookDeliveries, type DispatchReport } from '../../shared/webhooks/use-cases/dispatch-webhook-deliveries.ts';
import { wiring } from './wiring.ts';

// Cold start: the container's clients and adapters, built once before the first run.
wiring();

/** The schedule sends `{}` (infra/schedules/index.ts); nothing else is accepted. */
const dispatchEventSchema = z.strictObject({});

/** Stop taking deliveries this long before the function's timeout: the last attempts (10 s each at most) and their bookkeeping finish. */
const RESERVE_MS = 15_000;
/** Dispatch at most this long per invocation: the schedule starts the next one every minute. */
const MAX_BUDGET_MS = 45_000;

/**
 * The `webhook-dispatcher`: started every minute by the `webhookDispatch` schedule, it POSTs due
 * webhook deliveries under a lease for up to ~45 s. An idle run is a lease write and 16 small Queries.
 */
export const handler = async (event: unknown, context: Context): Promise<DispatchReport> => {
  dispatchEventSchema.parse(event);
  const report = await dispatchWebhookDeliveries(wiring(), {
    budgetMs: Math.max(0, Math.min(MAX_BUDGET_MS, context.getRemainingTimeInMillis() - RESERVE_MS)),
    holder: context.awsRequestId,
  });
  // Counts only: URLs and bodies stay out of the logs.
  if (report.outcome !== 'drained' || report.delivered + report.retried + report.failed + report.held + report.dropped > 0)
    logger.info('webhook deliveries dispatched', { ...report });
  return report;
};
