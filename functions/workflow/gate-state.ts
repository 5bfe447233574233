import * as z from 'zod';
import { gateRunIdSchema } from '../../shared/progression/gate-run-schema.ts';
import { seasonIdSchema } from '../../shared/platform/identifiers/identifiers.ts';

/** The cohortGate execution's input, as Finish and RecordFailure read it (`shards`, `error` ignored). */
export const gateStateSchema = z.object({ gateRunId: gateRunIdSchema, seasonId: seasonIdSchema });

/** A Map iteration's state: the shard it works and the last page it saw complete (ItemSelector, then each page's output). */
export const gatePositionSchema = gateStateSchema.extend({ shard: z.int().min(0).max(63), settledPage: z.int().min(-1) });

/** A Catch with `ResultPath: $.error` inside the iteration puts the page's error here. */
export const failedGatePageSchema = gatePositionSchema.extend({ error: z.object({ Error: z.string(), Cause: z.string().optional() }) });
