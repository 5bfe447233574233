import type { Identity } from '../../platform/auth/identity.ts';
import { stageRowsOf } from '../domain/counts-filter.ts';
import { funnelStages } from '../domain/funnel.ts';
import type { FunnelReport } from '../report-schema.ts';
import type { ReportDependencies } from './report-dependencies.ts';
import { reportScope } from './report-scope.ts';

export interface FunnelRequest {
  readonly region?: string | undefined;
  readonly track?: string | undefined;
  readonly role?: string | undefined;
}

/** The season's funnel by stage, narrowed as asked (and to a partner's region): the counters' one read, whatever the season's size. */
export const readFunnel = async (
  deps: ReportDependencies,
  identity: Identity,
  seasonId: string,
  request: FunnelRequest,
): Promise<FunnelReport> => {
  const scope = await reportScope(deps, identity, seasonId, request.region);
  const counts = await deps.counts.read(seasonId);
  const filter = { region: scope.region, track: request.track, role: request.role };
  return {
    seasonId,
    programmeId: scope.programme.id,
    generatedAt: deps.clock().toISOString(),
    status: counts.status,
    filter: Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined)),
    stages: funnelStages(scope.programme.settings.pipeline, stageRowsOf(counts.stages, filter)),
  };
};
