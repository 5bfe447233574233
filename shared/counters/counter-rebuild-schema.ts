import * as z from 'zod';
import { APPLICATION_SHARDS } from '../platform/keys/keys.ts';
import { isoDateTime } from '../platform/time/iso-date-time.ts';
import { seasonIdSchema, uuidSchema } from '../platform/identifiers/identifiers.ts';

export const COUNTER_REBUILD_STATUSES = ['running', 'completed', 'failed'] as const;
/** Where a shard's rebuild is: its first pass over the season's applications, its second, or flipped to the new generation. */
export const SHARD_PHASES = ['first-pass', 'second-pass', 'done'] as const;

/** A rebuild of a season's counters: from the applications, into a new generation, shard by shard. */
export const counterRebuildSchema = z.strictObject({
  runId: uuidSchema,
  seasonId: seasonIdSchema,
  status: z.enum(COUNTER_REBUILD_STATUSES),
  startedAt: isoDateTime(),
  completedAt: isoDateTime().optional(),
  /** The generation being built; readers switch to it shard by shard as each is done. */
  generation: z.int().min(1),
  /** Applications counted into the new generation so far (those a concurrent move migrated are not among them). */
  counted: z.int().min(0),
  shards: z.array(z.strictObject({ shard: z.int().min(0), phase: z.enum(SHARD_PHASES) })).max(APPLICATION_SHARDS),
});
export type CounterRebuild = z.infer<typeof counterRebuildSchema>;

export const counterRebuildIdSchema = uuidSchema;
