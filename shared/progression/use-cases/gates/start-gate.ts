import type { Identity } from '../../../platform/auth/identity.ts';
import { transitionRefused } from '../../../applications/application-errors.ts';
import { gateRunning } from '../../progression-errors.ts';
import type { GateRequestDependencies } from './gate-dependencies.ts';
import { startGateRun } from './start-gate-run.ts';

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
  deps: Pick<GateRequestDependencies, 'staffedSeasons' | 'gateRuns' | 'workflows' | 'clock' | 'newId'>,
  identity: Identity,
  seasonId: string,
  body: { readonly from: string; readonly to: string },
): Promise<GateStarted> => {
  const { season, programme } = await deps.staffedSeasons.staffedSeason(identity, seasonId);
  const started = await startGateRun(deps, season, programme, {
    from: body.from,
    to: body.to,
    startedBy: identity.subject,
    actor: 'staff',
  });
  if (started.outcome === 'refused') throw transitionRefused(started.refusal.code, started.refusal.message);
  if (started.outcome === 'busy') throw gateRunning(season.id, started.runningRunId);
  return { gateRunId: started.gateRunId, executionArn: started.executionArn };
};
