import type { KpiActual } from '../kpi-actual-schema.ts';

/** The actuals staff report for a season's KPIs the platform cannot count: one per KPI and period, replaced by a new report. */
export interface KpiActuals {
  list(seasonId: string): Promise<readonly KpiActual[]>;
  save(actual: KpiActual): Promise<void>;
}
