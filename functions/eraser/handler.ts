import type { Context } from 'aws-lambda';
import * as z from 'zod';
import { advanceErasures, type EraserReport } from '../../shared/erasure/use-cases/advance-erasures.ts';
import { logger } from '../../shared/platform/observability/logger.ts';
import { wiring } from './wiring.ts';

/** The schedule sends `{}`; nothing else is accepted. */
const eraserEventSchema = z.strictObject({});

/** Stop taking steps this long before the function's timeout, so the last one finishes and checkpoints. */
const RESERVE_MS = 15_000;
/** Work at most this long per invocation: the schedule starts the next one every minute. */
const MAX_BUDGET_MS = 45_000;

// Cold start: the container's clients and adapters, built once before the first run.
wiring();

/**
 * The `eraser`: started every minute by the `erasure` schedule, it advances the unfinished erasure
 * requests under a lease (one eraser at a time), step by step from their checkpoints, for up to
 * ~45 s. An idle run is a lease write and one small Query. Logs counts only, never who.
 */
export const handler = async (event: unknown, context: Context): Promise<EraserReport> => {
  eraserEventSchema.parse(event);
  const { eraser, lease } = wiring();
  const budgetMs = Math.max(0, Math.min(MAX_BUDGET_MS, context.getRemainingTimeInMillis() - RESERVE_MS));
  const start = Date.now();
  const holder = context.awsRequestId;
  if (!(await lease.acquire(holder, new Date(start), new Date(start + budgetMs + RESERVE_MS)))) return { steps: 0, completed: 0 };
  try {
    const report = await advanceErasures(eraser, start + budgetMs);
    if (report.steps > 0) logger.info('erasures advanced', { ...report });
    return report;
  } finally {
    await lease.release(holder);
  }
};
