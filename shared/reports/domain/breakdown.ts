import { federalDistrictOf } from '../../applicants/domain/profile/region-codes.ts';
import type { ProgrammeSettings } from '../../catalogue/domain/config/programme-settings-schema.ts';
import { NO_VALUE, type StageCount } from '../../counters/domain/season-counts.ts';
import type { BreakdownDimension, BreakdownReport } from '../report-schema.ts';
import { dimensionName } from './dimension-names.ts';

type BreakdownRow = BreakdownReport['rows'][number];

const keyOf = (row: StageCount, by: BreakdownDimension): string => {
  if (by === 'track') return row.track;
  if (by === 'role') return row.role;
  if (by === 'region') return row.region;
  return row.region === NO_VALUE ? NO_VALUE : (federalDistrictOf(row.region) ?? NO_VALUE);
};

/**
 * The counted rows (already narrowed to a partner's region) by one dimension: per key, every
 * stage's figures, and totals over the stages, or of `stage` alone when given. Most entries first;
 * ties by key, so the order is stable for a table and a CSV.
 */
export const breakdownRows = (
  settings: Pick<ProgrammeSettings, 'tracks' | 'participantRoles'>,
  rows: readonly StageCount[],
  by: BreakdownDimension,
  stage: string | undefined,
): BreakdownRow[] => {
  const byKey = new Map<string, Map<string, { now: number; entered: number }>>();
  for (const row of rows) {
    const key = keyOf(row, by);
    const stages = byKey.get(key) ?? new Map<string, { now: number; entered: number }>();
    const figures = stages.get(row.stage) ?? { now: 0, entered: 0 };
    stages.set(row.stage, { now: figures.now + row.now, entered: figures.entered + row.entered });
    byKey.set(key, stages);
  }
  return [...byKey.entries()]
    .map(([key, stages]): BreakdownRow => {
      const counted = [...stages.entries()].filter(([id]) => stage === undefined || id === stage).map(([, figures]) => figures);
      return {
        key,
        name: dimensionName(settings, by, key),
        now: counted.reduce((sum, figures) => sum + figures.now, 0),
        entered: counted.reduce((sum, figures) => sum + figures.entered, 0),
        stages: Object.fromEntries(stages),
      };
    })
    .sort((a, b) => b.entered - a.entered || a.key.localeCompare(b.key));
};
