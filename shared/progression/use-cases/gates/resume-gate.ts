import type { Identity } from '../../../platform/auth/identity.ts';
import { notFound } from '../../../platform/errors/common-errors.ts';
import { gateRunning, gateRunNotResumable } from '../../progression-errors.ts';
import type { GateRequestDependencies } from './gate-dependencies.ts';
import { resumeGateRun } from './resume-gate-run.ts';

/** Staff resume a failed run of their programme's season from its checkpoints (resume-gate-run.ts). */
export const resumeGate = async (
  deps: Pick<GateRequestDependencies, 'staffedSeasons' | 'gateRuns' | 'workflows' | 'clock'>,
  identity: Identity,
  seasonId: string,
  gateRunId: string,
): Promise<{ readonly gateRunId: string; readonly executionArn: string }> => {
  await deps.staffedSeasons.staffedSeason(identity, seasonId);
  const run = await deps.gateRuns.find(seasonId, gateRunId);
  if (run === undefined) throw notFound('gate run');
  const resumed = await resumeGateRun(deps, run);
  if (resumed.outcome === 'not-failed') throw gateRunNotResumable(run.status === 'failed' ? 'running' : run.status);
  if (resumed.outcome === 'busy') throw gateRunning(seasonId, resumed.runningRunId);
  return { gateRunId: run.id, executionArn: resumed.executionArn };
};
