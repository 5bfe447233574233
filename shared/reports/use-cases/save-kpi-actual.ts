import type { Identity } from '../../platform/auth/identity.ts';
import { notFound } from '../../platform/errors/common-errors.ts';
import { seasonQuarters } from '../domain/season-quarters.ts';
import type { KpiActual, KpiActualInput } from '../kpi-actual-schema.ts';
import { kpiNotReported, periodOutsideSeason, wrongKpiPeriodKind } from '../report-errors.ts';
import type { ReportDependencies } from './report-dependencies.ts';
import { staffScope } from './report-scope.ts';

/**
 * Records staff's figure for a reported KPI and period, replacing an earlier one (a corrected
 * figure is a new report): `season` for a season KPI, a quarter of the season's calendar for a
 * quarterly one. A counted KPI takes no figure from anyone.
 */
export const saveKpiActual = async (
  deps: Pick<ReportDependencies, 'seasons' | 'kpiActuals' | 'clock'>,
  identity: Identity,
  seasonId: string,
  kpiId: string,
  input: KpiActualInput,
): Promise<KpiActual> => {
  const { season, programme } = await staffScope(deps, identity, seasonId);
  const kpi = programme.settings.kpiTargets.find((candidate) => candidate.id === kpiId);
  if (kpi === undefined) throw notFound('KPI');
  if (kpi.measure?.kind !== 'reported') throw kpiNotReported(kpiId);
  if ((kpi.period === 'season') !== (input.period === 'season')) throw wrongKpiPeriodKind(kpi.period);
  const quarters = seasonQuarters(season);
  if (kpi.period === 'quarter' && !quarters.includes(input.period)) throw periodOutsideSeason(quarters);
  const actual: KpiActual = {
    seasonId,
    kpiId,
    period: input.period,
    value: input.value,
    ...(input.note === undefined ? {} : { note: input.note }),
    reportedAt: deps.clock().toISOString(),
    reportedBy: identity.subject,
  };
  await deps.kpiActuals.save(actual);
  return actual;
};
