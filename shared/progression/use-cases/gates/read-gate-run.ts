import type { Identity } from '../../../platform/auth/identity.ts';
import { notFound } from '../../../platform/errors/common-errors.ts';
import { toGateRunView, type GateRunView } from '../../gate-run-view.ts';
import type { GateRequestDependencies } from './gate-dependencies.ts';

/** A gate run's progress for staff of the season's programme: one GetItem of the run. */
export const readGateRun = async (
  deps: Pick<GateRequestDependencies, 'staffedSeasons' | 'gateRuns'>,
  identity: Identity,
  seasonId: string,
  gateRunId: string,
): Promise<GateRunView> => {
  await deps.staffedSeasons.staffedSeason(identity, seasonId);
  const run = await deps.gateRuns.find(seasonId, gateRunId);
  if (run === undefined) throw notFound('gate run');
  return toGateRunView(run);
};
