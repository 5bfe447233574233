import type { Identity } from '../../platform/auth/identity.ts';
import { breakdownRows } from '../domain/breakdown.ts';
import { stageRowsOf } from '../domain/counts-filter.ts';
import type { BreakdownDimension, BreakdownReport } from '../report-schema.ts';
import type { ReportDependencies } from './report-dependencies.ts';
import { reportScope } from './report-scope.ts';

export interface BreakdownRequest {
  readonly by: BreakdownDimension;
  readonly stage?: string | undefined;
}

/**
 * The season's figures by track, region, federal district or role. A partner's are narrowed to their
 * region first, so by region they see their one region and by district their district's share from it.
 */
export const readBreakdown = async (
  deps: ReportDependencies,
  identity: Identity,
  seasonId: string,
  request: BreakdownRequest,
): Promise<{ readonly report: BreakdownReport; readonly stages: readonly string[] }> => {
  const scope = await reportScope(deps, identity, seasonId, undefined);
  const counts = await deps.counts.read(seasonId);
  const settings = scope.programme.settings;
  return {
    report: {
      seasonId,
      programmeId: scope.programme.id,
      generatedAt: deps.clock().toISOString(),
      status: counts.status,
      by: request.by,
      ...(request.stage === undefined ? {} : { stage: request.stage }),
      rows: breakdownRows(settings, stageRowsOf(counts.stages, { region: scope.region }), request.by, request.stage),
    },
    stages: settings.pipeline.stages.map((stage) => stage.id),
  };
};
