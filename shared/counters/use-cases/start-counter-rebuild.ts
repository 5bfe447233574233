import type { Identity } from '../../platform/auth/identity.ts';
import type { CounterRebuild } from '../counter-rebuild-schema.ts';
import { rebuildRunning } from '../counters-errors.ts';
import type { CounterRebuildDependencies } from './counter-rebuild-dependencies.ts';

/**
 * Starts a rebuild of a season's counters without asking who: for the local cloud's seeding (a
 * season whose counters were never built) and for the staff route below, after its check.
 */
export const beginCounterRebuild = async (
  deps: Pick<CounterRebuildDependencies, 'rebuilds' | 'clock' | 'newId'>,
  seasonId: string,
): Promise<CounterRebuild> => {
  const started = await deps.rebuilds.start(seasonId, deps.newId(), deps.clock());
  if (started.outcome === 'running') throw rebuildRunning(started.runId);
  return started.rebuild;
};

/** Staff of the season's programme start a rebuild (202 with the run); 409 `rebuild-running` while one runs. */
export const startCounterRebuild = async (
  deps: CounterRebuildDependencies,
  identity: Identity,
  seasonId: string,
): Promise<CounterRebuild> => {
  await deps.seasonStaff.assertStaffed(identity, seasonId);
  return beginCounterRebuild(deps, seasonId);
};
