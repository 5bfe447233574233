import type { Identity } from '../../platform/auth/identity.ts';
import { factsNeeded, kpiRow, type KpiFacts } from '../domain/kpi-figures.ts';
import { seasonQuarters } from '../domain/season-quarters.ts';
import type { KpiReport } from '../report-schema.ts';
import type { ReportDependencies } from './report-dependencies.ts';
import { staffScope } from './report-scope.ts';

/**
 * The programme's KPIs against their targets for the season (staff only). Besides the counters it
 * reads only the facts some KPI is measured by: a programme without internships never asks the
 * placements, one without reported KPIs never reads the reported actuals.
 */
export const readKpis = async (deps: ReportDependencies, identity: Identity, seasonId: string): Promise<KpiReport> => {
  const { season, programme } = await staffScope(deps, identity, seasonId);
  const kpis = programme.settings.kpiTargets;
  const needed = factsNeeded(kpis);
  const [counts, internshipsCompleted, mentorPool, hostOrganisations, reported] = await Promise.all([
    deps.counts.read(seasonId),
    needed.has('internships-completed') ? deps.internships.completed(seasonId) : undefined,
    needed.has('mentor-pool') ? deps.mentorPools.sizes(seasonId) : undefined,
    needed.has('host-organisations') ? deps.hostOrganisations.count(seasonId) : undefined,
    needed.has('reported') ? deps.kpiActuals.list(seasonId) : [],
  ]);
  const facts: KpiFacts = { internshipsCompleted, mentorPool, hostOrganisations };
  const quarters = seasonQuarters(season);
  return {
    seasonId,
    programmeId: programme.id,
    generatedAt: deps.clock().toISOString(),
    status: counts.status,
    kpis: kpis.map((kpi) => kpiRow(kpi, quarters, counts, facts, reported)),
  };
};
