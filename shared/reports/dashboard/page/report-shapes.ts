/**
 * The answers the page reads, typed by the schemas the API itself answers with (types only: the
 * bundled script carries no schema), so a change to a report's shape fails the page's type check.
 */
export type { BreakdownReport, FunnelReport, KpiPeriodFigures, KpiReport, KpiRow, TimeInStageReport } from '../../report-schema.ts';
export type { ProgrammeSummary } from '../../../catalogue/domain/config/programme-schema.ts';
export type { Season as SeasonSummary } from '../../../catalogue/domain/seasons/season-schema.ts';

/** A page of a list the season picker reads: the staff member's programmes, then each one's seasons. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly nextCursor?: string;
}

/** What went wrong with a call, as the page tells it: the HTTP status (0: no answer), and the API's code and message when it sent a problem. */
export interface Problem {
  readonly status: number;
  readonly code?: string;
  readonly message?: { readonly ru: string; readonly en: string };
}
