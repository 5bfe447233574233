import type { Identity } from '../../platform/auth/identity.ts';
import { timeRowsOf } from '../domain/counts-filter.ts';
import { timeInStages } from '../domain/time-in-stage.ts';
import type { TimeInStageReport } from '../report-schema.ts';
import type { ReportDependencies } from './report-dependencies.ts';
import { reportScope } from './report-scope.ts';

/** How long applications stay in each stage (median, p90 and mean), from the histogram the counters keep of every move out. */
export const readTimeInStage = async (
  deps: ReportDependencies,
  identity: Identity,
  seasonId: string,
  region: string | undefined,
): Promise<TimeInStageReport> => {
  const scope = await reportScope(deps, identity, seasonId, region);
  const counts = await deps.counts.read(seasonId);
  return {
    seasonId,
    programmeId: scope.programme.id,
    generatedAt: deps.clock().toISOString(),
    status: counts.status,
    stages: timeInStages(scope.programme.settings.pipeline, timeRowsOf(counts.times, scope.region)),
  };
};
