import type { StageCount, StageTime } from '../../counters/domain/season-counts.ts';

/** What a report is narrowed to: a partner's region always, and whatever else the caller asked. */
export interface CountsFilter {
  readonly region?: string | undefined;
  readonly track?: string | undefined;
  readonly role?: string | undefined;
}

export const matchesFilter = (row: Pick<StageCount, 'region' | 'track' | 'role'>, filter: CountsFilter): boolean =>
  (filter.region === undefined || row.region === filter.region) &&
  (filter.track === undefined || row.track === filter.track) &&
  (filter.role === undefined || row.role === filter.role);

export const stageRowsOf = (rows: readonly StageCount[], filter: CountsFilter): StageCount[] =>
  rows.filter((row) => matchesFilter(row, filter));

export const timeRowsOf = (rows: readonly StageTime[], region: string | undefined): StageTime[] =>
  rows.filter((row) => region === undefined || row.region === region);
