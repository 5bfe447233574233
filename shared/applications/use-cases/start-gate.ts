import type { Identity } from '../../auth/identity.ts';
import { gateRunning, transitionRefused } from '../application-errors.ts';
import { findGate } from '../domain/find-gate.ts';
import type { GateRun } from '../gate-run-schema.ts';
import type { GateDependencies } from './gate-dependencies.ts';
import { staffedSeason } from './staffed-season.ts';
import { startGateExecution } from './start-gate-execution.ts';

export interface GateStarted {
  readonly gateRunId: string;
  readonly executionArn: string;
}

/**
 * Staff run a cohort gate over a season: the pipeline decides at once (the transition exists, is a
 * gate, staff make it; else 409 with the reason), the run is created with its gate's lock (a
 * second start while one runs is a 409 naming it), then the cohortGate machine works through it.
 */
export const startGate = async (
  deps: Pick<GateDependencies, 'programmes' | 'seasons' | 'gateRuns' | 'workflows' | 'clock' | 'newId'>,
  identity: Identity,
  seasonId: string,
  body: { readonly from: string; readonly to: string },
): Promise<GateStarted> => {
  const { season, programme } = await staffedSeason(deps, identity, seasonId);
  const gate = findGate(programme.settings.pipeline, body.from, body.to, 'staff');
  if (!gate.allowed) throw transitionRefused(gate.code, gate.message);
  const at = deps.clock().toISOString();
  const run: GateRun = {
    id: deps.newId(),
    seasonId: season.id,
    programmeId: programme.id,
    from: gate.from,
    to: gate.to,
    startedBy: identity.subject,
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
    shards: Array.from({ length: deps.gateRuns.shards }, () => ({ page: 0, done: false, owed: [] })),
  };
  const claim = await deps.gateRuns.start(run);
  if (claim.outcome === 'running') throw gateRunning(season.id, claim.runId);
  const { executionArn } = await startGateExecution(deps, run);
  return { gateRunId: run.id, executionArn };
};
