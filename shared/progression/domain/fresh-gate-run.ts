import type { GateReminder, GateRun } from '../gate-run-schema.ts';

export interface FreshGateRunFields {
  readonly id: string;
  readonly seasonId: string;
  readonly programmeId: string;
  readonly from: string;
  readonly to: string;
  readonly startedBy: string;
  readonly actor?: 'staff' | 'system' | undefined;
  readonly action?: 'move' | 'remind' | undefined;
  readonly reminder?: GateReminder | undefined;
}

/**
 * A gate run as it starts: running, nothing counted, every shard at its first page. The defaults
 * (a staff actor, a `move`) are left out of the stored item, so runs from before reminders and the
 * calendar read the same.
 */
export const freshGateRun = (fields: FreshGateRunFields, shards: number, at: string): GateRun => ({
  id: fields.id,
  seasonId: fields.seasonId,
  programmeId: fields.programmeId,
  from: fields.from,
  to: fields.to,
  startedBy: fields.startedBy,
  ...(fields.actor === undefined || fields.actor === 'staff' ? {} : { actor: fields.actor }),
  ...(fields.action === undefined || fields.action === 'move' ? {} : { action: fields.action }),
  ...(fields.reminder === undefined ? {} : { reminder: fields.reminder }),
  status: 'running',
  startedAt: at,
  updatedAt: at,
  executions: 1,
  seen: 0,
  moved: 0,
  skipped: 0,
  alreadyMoved: 0,
  skippedReasons: {},
  failures: [],
  shards: Array.from({ length: shards }, () => ({ page: 0, done: false, owed: [] })),
});
