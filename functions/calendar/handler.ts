import * as z from 'zod';
import { logger } from '../../shared/platform/observability/logger.ts';
import { calendarTick, type TickReport } from './calendar-tick.ts';
import { wiring } from './wiring.ts';

// Cold start: the container's clients and repositories, built once before the first tick.
wiring();

/** The schedule sends `{}` (infra/schedules/index.ts); nothing else is accepted. */
const tickEventSchema = z.strictObject({});

/**
 * The `calendar` capability, started every minute by the `calendarTick` schedule (EventBridge
 * Scheduler in AWS, the local scheduler in the local cloud). Its own Lambda rather than a workflow
 * Task: it starts and describes cohortGate executions, and the workflow Lambda that runs the
 * gate's Tasks cannot be given that machine's ARN without a dependency cycle.
 */
export const handler = async (event: unknown): Promise<TickReport> => {
  tickEventSchema.parse(event);
  const report = await calendarTick(wiring());
  logger.info('calendar tick', { gates: report.gates, jobs: report.jobs });
  return report;
};
