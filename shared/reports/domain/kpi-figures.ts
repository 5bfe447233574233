import type { KpiMeasure, KpiTarget } from '../../catalogue/domain/config/kpi-target-schema.ts';
import type { SeasonCounts } from '../../counters/domain/season-counts.ts';
import type { KpiActual } from '../kpi-actual-schema.ts';
import type { KpiPeriodFigures, KpiRow } from '../report-schema.ts';
import { ratio } from './ratio.ts';

/** The facts other modules keep that KPIs are measured by, read only when a KPI needs them. */
export interface KpiFacts {
  readonly internshipsCompleted?: number | undefined;
  readonly mentorPool?: { readonly main: number; readonly reserve: number } | undefined;
  readonly hostOrganisations?: number | undefined;
}

/** A measure's figure: for the season, and per quarter where the measure keeps one. */
interface Measured {
  readonly season: number;
  readonly byQuarter?: Readonly<Record<string, number>>;
}

const sumByQuarter = (figures: readonly Readonly<Record<string, number>>[]): Record<string, number> => {
  const sums: Record<string, number> = {};
  for (const figure of figures) for (const [quarter, value] of Object.entries(figure)) sums[quarter] = (sums[quarter] ?? 0) + value;
  return sums;
};

const measured = (measure: KpiMeasure, counts: SeasonCounts, facts: KpiFacts): Measured | undefined => {
  switch (measure.kind) {
    case 'stage-entered': {
      const rows = counts.stages.filter(
        (row) =>
          measure.stages.includes(row.stage) &&
          (measure.tracks === undefined || measure.tracks.includes(row.track)) &&
          (measure.roles === undefined || measure.roles.includes(row.role)),
      );
      return { season: rows.reduce((sum, row) => sum + row.entered, 0), byQuarter: sumByQuarter(rows.map((row) => row.enteredByQuarter)) };
    }
    case 'certificates-issued': {
      const events = counts.events.filter(
        (event) =>
          event.event === 'certificate-issued' && (measure.achievements === undefined || measure.achievements.includes(event.subject)),
      );
      return {
        season: events.reduce((sum, event) => sum + event.count, 0),
        byQuarter: sumByQuarter(events.map((event) => event.byQuarter)),
      };
    }
    case 'internships-completed':
      return facts.internshipsCompleted === undefined ? undefined : { season: facts.internshipsCompleted };
    case 'mentor-pool':
      return facts.mentorPool === undefined ? undefined : { season: facts.mentorPool.main };
    case 'host-organisations':
      return facts.hostOrganisations === undefined ? undefined : { season: facts.hostOrganisations };
    case 'reported':
      return undefined;
  }
};

const figures = (kpi: KpiTarget, period: string, actual: number | null, extra: Partial<KpiPeriodFigures> = {}): KpiPeriodFigures => ({
  period,
  actual,
  progress: actual === null ? null : ratio(actual, kpi.target),
  met: actual === null ? null : actual >= kpi.target,
  ...extra,
});

const reportedFigures = (kpi: KpiTarget, period: string, actual: KpiActual | undefined): KpiPeriodFigures =>
  figures(kpi, period, actual?.value ?? null, {
    ...(actual === undefined ? {} : { reportedAt: actual.reportedAt }),
    ...(actual?.note === undefined ? {} : { note: actual.note }),
  });

/**
 * One KPI against its target: a `season` KPI has one period, a `quarter` KPI one per quarter of the
 * season's calendar. A quarter's actual is what happened in that quarter where the measure keeps
 * quarters (stage entries, certificates), and otherwise the season's figure so far, marked
 * `cumulative`; a reported KPI shows what staff entered for each period (null where nothing yet).
 */
export const kpiRow = (
  kpi: KpiTarget,
  quarters: readonly string[],
  counts: SeasonCounts,
  facts: KpiFacts,
  reported: readonly KpiActual[],
): KpiRow => {
  const periods = kpi.period === 'season' ? ['season'] : quarters;
  const head = { id: kpi.id, name: kpi.name, unit: kpi.unit, target: kpi.target, period: kpi.period };
  const measure = kpi.measure;
  if (measure === undefined) return { ...head, source: 'not-measured', periods: periods.map((period) => figures(kpi, period, null)) };
  if (measure.kind === 'reported') {
    const byPeriod = new Map(reported.filter((actual) => actual.kpiId === kpi.id).map((actual) => [actual.period, actual]));
    return { ...head, source: 'reported', periods: periods.map((period) => reportedFigures(kpi, period, byPeriod.get(period))) };
  }
  const value = measured(measure, counts, facts);
  const reserve = measure.kind === 'mentor-pool' && facts.mentorPool !== undefined ? { reserve: facts.mentorPool.reserve } : {};
  return {
    ...head,
    source: 'counted',
    ...reserve,
    periods: periods.map((period) => {
      if (value === undefined) return figures(kpi, period, null);
      if (period === 'season') return figures(kpi, period, value.season);
      if (value.byQuarter === undefined) return figures(kpi, period, value.season, { cumulative: true });
      return figures(kpi, period, value.byQuarter[period] ?? 0);
    }),
  };
};

/** Which facts the programme's KPIs need, so a report reads nothing it does not show. */
export const factsNeeded = (kpis: readonly KpiTarget[]): ReadonlySet<KpiMeasure['kind']> =>
  new Set(kpis.flatMap((kpi) => (kpi.measure === undefined ? [] : [kpi.measure.kind])));
