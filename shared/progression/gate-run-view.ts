import * as z from 'zod';
import { localIdSchema, seasonIdSchema } from '../platform/identifiers/identifiers.ts';
import {
  GATE_RUN_ACTIONS,
  GATE_RUN_ACTORS,
  GATE_RUN_STATUSES,
  gateCountsShape,
  gateFailureSchema,
  gateRunIdSchema,
  type GateRun,
} from './gate-run-schema.ts';
import { recentFailuresViewSchema, recentJobRunFailures } from '../platform/jobs/job-run-view.ts';
import { isoDateTime } from '../platform/time/iso-date-time.ts';

/** A gate run as staff see it: progress and failures, without the checkpoints' internals. */
export const gateRunViewSchema = z.strictObject({
  id: gateRunIdSchema,
  seasonId: seasonIdSchema,
  from: localIdSchema,
  to: localIdSchema,
  action: z
    .enum(GATE_RUN_ACTIONS)
    .describe('`move` the applications to `to`, or `remind` those still in `from` (then `moved` counts reminders queued).'),
  actor: z.enum(GATE_RUN_ACTORS).describe('`staff` (started through this API) or `system` (the season calendar).'),
  status: z.enum(GATE_RUN_STATUSES),
  startedAt: isoDateTime(),
  updatedAt: isoDateTime(),
  finishedAt: isoDateTime().optional(),
  executions: z.int().min(1).describe('1, plus one per resume.'),
  total: z
    .int()
    .min(0)
    .optional()
    .describe(
      'Applications in `from` when the run reached them (each shard counts its part before moving any); progress is `seen` of `total`. Absent until every shard has counted, in the first seconds of a run.',
    ),
  ...gateCountsShape,
  skippedReasons: z
    .record(z.string().max(64), z.int().min(0))
    .describe('Guard refusal code -> applications it kept in `from` (e.g. `not-shortlisted`).'),
  failures: recentFailuresViewSchema(gateFailureSchema, 'Pages that failed after their retries, oldest first (the most recent 100).'),
  shards: z.strictObject({ total: z.int().min(1), done: z.int().min(0) }).describe('Shards of the stage index worked through.'),
});
export type GateRunView = z.infer<typeof gateRunViewSchema>;

export const toGateRunView = (run: GateRun): GateRunView => ({
  id: run.id,
  seasonId: run.seasonId,
  from: run.from,
  to: run.to,
  action: run.action ?? 'move',
  actor: run.actor ?? 'staff',
  status: run.status,
  startedAt: run.startedAt,
  updatedAt: run.updatedAt,
  ...(run.finishedAt === undefined ? {} : { finishedAt: run.finishedAt }),
  executions: run.executions,
  ...(run.total !== undefined && run.shards.every((shard) => shard.page > 0) ? { total: run.total } : {}),
  seen: run.seen,
  moved: run.moved,
  skipped: run.skipped,
  alreadyMoved: run.alreadyMoved,
  skippedReasons: run.skippedReasons,
  failures: recentJobRunFailures(run.failures),
  shards: { total: run.shards.length, done: run.shards.filter((shard) => shard.done).length },
});
