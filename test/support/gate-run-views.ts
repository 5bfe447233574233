import type { GateRunView } from '../../shared/progression/gate-run-view.ts';

/** When the gate runs of the CLI's tests started (a fixed time, so their reports print the same). */
export const GATE_RUN_AT = '2026-09-01T10:00:00.000Z';

/** A running gate run, as `GET /seasons/{seasonId}/gates/{gateRunId}` answers it, with `changes` on top. */
export const gateRunView = (changes: Partial<GateRunView> = {}): GateRunView => ({
  id: 'de300000-0000-4000-8000-6a7e00000001',
  seasonId: 'prokadry-demo-season',
  from: 'education',
  to: 'interview',
  action: 'move',
  actor: 'staff',
  status: 'running',
  startedAt: GATE_RUN_AT,
  updatedAt: GATE_RUN_AT,
  executions: 1,
  seen: 0,
  moved: 0,
  skipped: 0,
  alreadyMoved: 0,
  skippedReasons: {},
  failures: [],
  shards: { total: 16, done: 0 },
  ...changes,
});
