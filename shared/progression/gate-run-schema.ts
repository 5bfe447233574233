import * as z from 'zod';
import { localIdSchema, programmeIdSchema, seasonIdSchema } from '../platform/identifiers/identifiers.ts';
import { isoDateTime } from '../platform/time/iso-date-time.ts';
import { uuidSchema } from '../platform/identifiers/identifiers.ts';
import { MAX_WORKFLOW_CAUSE_LENGTH, MAX_WORKFLOW_ERROR_LENGTH } from '../platform/workflow/workflow-failure-text.ts';

/**
 * A run of a cohort gate: the cohortGate state machine moving every application of a season in
 * `from` to `to`. It is the gate's checkpoint and its progress report at once: each shard of the
 * stage index has its position, and every processed page adds its counts in the same write.
 */
export const GATE_RUN_STATUSES = ['running', 'succeeded', 'failed'] as const;

export const gateRunIdSchema = uuidSchema;

export const GATE_RUN_ACTORS = ['staff', 'system'] as const;
export const GATE_RUN_ACTIONS = ['move', 'remind'] as const;
export type GateRunAction = (typeof GATE_RUN_ACTIONS)[number];

/** A reminder run's window: it closes at `closesAt`, and this is the reminder `hoursBefore` that. */
export const gateReminderSchema = z.strictObject({
  closesAt: isoDateTime({ offset: true }),
  hoursBefore: z
    .int()
    .min(1)
    .max(24 * 90),
});
export type GateReminder = z.infer<typeof gateReminderSchema>;

/**
 * Where a shard of the stage index stands. `page` counts the pages checkpointed; `after` is the
 * index sort key the last page stopped at (the Query's LastEvaluatedKey); `owed` lists the
 * applications that page decided to move, written BEFORE they are moved, so a crash or a failed
 * effect between the checkpoint and the moves is finished on retry or resume, never skipped.
 */
export const shardProgressSchema = z.strictObject({
  page: z.int().min(0),
  done: z.boolean(),
  after: z.string().min(1).optional(),
  owed: z.array(uuidSchema),
});
export type ShardProgress = z.infer<typeof shardProgressSchema>;

export const gateFailureSchema = z.strictObject({
  at: isoDateTime(),
  shard: z.int().min(0).optional(),
  error: z.string().max(MAX_WORKFLOW_ERROR_LENGTH),
  cause: z.string().max(MAX_WORKFLOW_CAUSE_LENGTH).optional(),
});
export type GateFailure = z.infer<typeof gateFailureSchema>;

export const gateCountsShape = {
  /** Applications the gate found in `from`. */
  seen: z.int().min(0),
  moved: z.int().min(0),
  /** Refused by a guard (e.g. not shortlisted); they stay in `from`. Reasons in `skippedReasons`. */
  skipped: z.int().min(0),
  /** Listed in `from` by the index but already gone from it when read (moved meanwhile). */
  alreadyMoved: z.int().min(0),
};

export const gateRunSchema = z.strictObject({
  id: gateRunIdSchema,
  seasonId: seasonIdSchema,
  programmeId: programmeIdSchema,
  from: localIdSchema,
  to: localIdSchema,
  /** The staff member who started it, or the calendar job (`calendar:<jobId>`); the moves' history names them. */
  startedBy: z.string().min(1).max(200),
  /** Who the moves are made as: staff (the start route), or `system` (the season calendar). Absent: staff. */
  actor: z.enum(GATE_RUN_ACTORS).optional(),
  /** `move` (absent): the transition `from` -> `to`. `remind`: a reminder mail to each application still in `from`. */
  action: z.enum(GATE_RUN_ACTIONS).optional(),
  /** For `remind`: which window's reminder this is (the mail names the window's close). */
  reminder: gateReminderSchema.optional(),
  status: z.enum(GATE_RUN_STATUSES),
  startedAt: isoDateTime(),
  updatedAt: isoDateTime(),
  finishedAt: isoDateTime().optional(),
  /** Executions of the run: 1, plus one per resume; the current one is `gate-<id>-<executions>`. */
  executions: z.int().min(1),
  /**
   * Applications in `from` when the run reached them: each shard counts its part of the stage
   * before its first page moves anything, in that page's checkpoint write (so once per shard).
   * Absent until a shard has counted.
   */
  total: z.int().min(0).optional(),
  ...gateCountsShape,
  skippedReasons: z.record(z.string().max(64), z.int().min(0)),
  failures: z.array(gateFailureSchema),
  /** One entry per shard of the stage index (the adapter knows how many there are). */
  shards: z.array(shardProgressSchema).min(1).max(64),
});
export type GateRun = z.infer<typeof gateRunSchema>;

/** What one page adds to its run's counters. */
export interface GatePageCounts {
  /** On a shard's first page only: the shard's applications in the stage, added to the run's `total`. */
  readonly counted?: number | undefined;
  readonly seen: number;
  readonly moved: number;
  readonly skipped: number;
  readonly alreadyMoved: number;
  readonly skippedReasons: Readonly<Record<string, number>>;
}
