import type { Programme } from '../../../catalogue/domain/config/programme-schema.ts';
import type { Season } from '../../../catalogue/domain/seasons/season-schema.ts';
import { findGate } from '../../../catalogue/domain/pipeline/find-gate.ts';
import { freshGateRun } from '../../domain/fresh-gate-run.ts';
import type { TransitionRefusal } from '../../../catalogue/domain/pipeline/transition-refusal.ts';
import type { GateReminder } from '../../gate-run-schema.ts';
import type { GateDependencies } from './gate-dependencies.ts';
import { startGateExecution } from './start-gate-execution.ts';

export interface GateRunRequest {
  readonly from: string;
  /** For a `remind` run, the same stage as `from`: its lock is then the stage's own, apart from every real gate. */
  readonly to: string;
  readonly startedBy: string;
  readonly actor: 'staff' | 'system';
  readonly action?: 'move' | 'remind' | undefined;
  readonly reminder?: GateReminder | undefined;
  /** A caller that must recognise its own run after a crash (the calendar job) chooses the id. */
  readonly runId?: string | undefined;
}

export type GateRunStart =
  | { readonly outcome: 'started'; readonly gateRunId: string; readonly executionArn: string }
  | { readonly outcome: 'refused'; readonly refusal: TransitionRefusal }
  | { readonly outcome: 'busy'; readonly runningRunId: string };

/**
 * A cohort gate run over a season, for whoever asks (staff through the route, the platform through
 * the season calendar): the pipeline decides at once whether `actor` may run the gate, the run is
 * created with its gate's lock (one run per gate at a time), then the cohortGate machine works
 * through it. Refusals and a busy gate are outcomes, not errors: the route turns them into 409s,
 * the calendar retries a busy gate on a later tick.
 */
export const startGateRun = async (
  deps: Pick<GateDependencies, 'gateRuns' | 'workflows' | 'clock' | 'newId'>,
  season: Season,
  programme: Programme,
  request: GateRunRequest,
): Promise<GateRunStart> => {
  const action = request.action ?? 'move';
  if (action === 'move') {
    const gate = findGate(programme.settings.pipeline, request.from, request.to, request.actor);
    if (!gate.allowed) return { outcome: 'refused', refusal: gate };
  }
  const run = freshGateRun(
    { ...request, id: request.runId ?? deps.newId(), seasonId: season.id, programmeId: programme.id, action },
    deps.gateRuns.shards,
    deps.clock().toISOString(),
  );
  const claim = await deps.gateRuns.start(run);
  if (claim.outcome === 'running') return { outcome: 'busy', runningRunId: claim.runId };
  const { executionArn } = await startGateExecution(deps, run);
  return { outcome: 'started', gateRunId: run.id, executionArn };
};
