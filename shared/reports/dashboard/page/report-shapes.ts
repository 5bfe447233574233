/**
 * The reports API's answers as the page reads them (the reports routes' JSON, `?format=json`). Only
 * what the page shows is named; the page never sends any of it back.
 */

export interface LocalisedName {
  readonly ru: string;
  readonly en: string;
}

/** `not-built`: the season's counters were never built; `rebuilding`: a rebuild runs and the figures may lag. */
export type ReportStatus = 'ready' | 'not-built' | 'rebuilding';

interface Report {
  readonly seasonId: string;
  readonly programmeId: string;
  readonly generatedAt: string;
  readonly status: ReportStatus;
}

export interface FunnelStage {
  readonly stage: string;
  readonly name: LocalisedName;
  readonly now: number;
  readonly entered: number;
  readonly conversionFromPrevious: number | null;
  readonly conversionFromFirst: number | null;
}

export interface FunnelReport extends Report {
  readonly stages: readonly FunnelStage[];
}

export interface BreakdownRow {
  readonly key: string;
  readonly name: LocalisedName;
  readonly now: number;
  readonly entered: number;
}

export interface BreakdownReport extends Report {
  readonly by: 'track' | 'region' | 'federal-district' | 'role';
  readonly rows: readonly BreakdownRow[];
}

export interface StageTime {
  readonly stage: string;
  readonly name: LocalisedName;
  readonly moves: number;
  readonly medianHours: number | null;
  readonly p90Hours: number | null;
  readonly meanHours: number | null;
}

export interface TimeInStageReport extends Report {
  readonly stages: readonly StageTime[];
}

export interface KpiPeriod {
  /** 'season' or a calendar quarter, '2026-Q3'. */
  readonly period: string;
  readonly actual: number | null;
  readonly progress: number | null;
  readonly met: boolean | null;
  /** The measure has no per-quarter figure: the quarter shows the season's figure so far. */
  readonly cumulative?: boolean;
  readonly reportedAt?: string;
  readonly note?: string;
}

export interface Kpi {
  readonly id: string;
  readonly name: LocalisedName;
  readonly unit: string;
  readonly target: number;
  readonly period: 'season' | 'quarter';
  readonly source: 'counted' | 'reported' | 'not-measured';
  /** The mentor pool's reserve tier, shown apart from the main tier the actual counts. */
  readonly reserve?: number;
  readonly periods: readonly KpiPeriod[];
}

export interface KpiReport extends Report {
  readonly kpis: readonly Kpi[];
}

/** What the season picker reads: a page of the staff member's programmes, then of each one's seasons. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly nextCursor?: string;
}

export type { ProgrammeSummary } from '../../../catalogue/domain/config/programme-schema.ts';
export type { Season as SeasonSummary } from '../../../catalogue/domain/seasons/season-schema.ts';

/** An error answer of the API (application/problem+json): its machine code and message in both languages. */
export interface Problem {
  readonly status: number;
  readonly code?: string;
  readonly message?: LocalisedName;
}
