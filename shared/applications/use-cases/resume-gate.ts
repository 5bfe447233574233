import type { Identity } from '../../auth/identity.ts';
import { notFound } from '../../errors/common-errors.ts';
import { gateRunning, gateRunNotResumable } from '../application-errors.ts';
import type { GateDependencies } from './gate-dependencies.ts';
import { staffedSeason } from './staffed-season.ts';
import { startGateExecution } from './start-gate-execution.ts';

/**
 * A failed run goes on from its checkpoints in a new execution: every shard continues after its
 * last page, and the moves of that page are finished first (their effects happen once), so
 * nothing is moved twice or skipped.
 */
export const resumeGate = async (
  deps: Pick<GateDependencies, 'programmes' | 'seasons' | 'gateRuns' | 'workflows' | 'clock'>,
  identity: Identity,
  seasonId: string,
  gateRunId: string,
): Promise<{ readonly gateRunId: string; readonly executionArn: string }> => {
  await staffedSeason(deps, identity, seasonId);
  const run = await deps.gateRuns.find(seasonId, gateRunId);
  if (run === undefined) throw notFound('gate run');
  if (run.status !== 'failed') throw gateRunNotResumable(run.status);
  const claim = await deps.gateRuns.resume(run, deps.clock().toISOString());
  if (claim.outcome === 'not-failed') throw gateRunNotResumable('running');
  if (claim.outcome === 'running') throw gateRunning(seasonId, claim.runId);
  const { executionArn } = await startGateExecution(deps, { ...run, status: 'running', executions: run.executions + 1 });
  return { gateRunId: run.id, executionArn };
};
