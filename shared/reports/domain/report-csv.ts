import { csvLine, UTF8_BOM, type CsvCell } from '../../platform/text/csv-line.ts';
import type { BreakdownReport, FunnelReport, KpiReport, TimeInStageReport } from '../report-schema.ts';

/**
 * The reports as CSV (RFC 4180, comma-separated, CRLF, UTF-8 with a byte order mark so Excel reads
 * Cyrillic): column headers are English ids, every named thing has a `name_ru` and `name_en`
 * column, an empty cell is a figure that does not exist (a conversion with no base). Cells people
 * typed (names) are made formula-safe by csvLine.
 */
const csv = (header: readonly string[], rows: readonly (readonly CsvCell[])[]): string =>
  UTF8_BOM + csvLine(header) + rows.map((row) => csvLine(row)).join('');

const cell = (value: number | boolean | null | undefined): CsvCell => (value === null ? undefined : value);

export const funnelCsv = (report: FunnelReport): string =>
  csv(
    ['stage', 'name_ru', 'name_en', 'now', 'entered', 'conversion_from_previous', 'conversion_from_first'],
    report.stages.map((stage) => [
      stage.stage,
      stage.name.ru,
      stage.name.en,
      stage.now,
      stage.entered,
      cell(stage.conversionFromPrevious),
      cell(stage.conversionFromFirst),
    ]),
  );

export const breakdownCsv = (report: BreakdownReport, stages: readonly string[]): string =>
  csv(
    ['key', 'name_ru', 'name_en', 'now', 'entered', ...stages.flatMap((stage) => [`now_${stage}`, `entered_${stage}`])],
    report.rows.map((row) => [
      row.key,
      row.name.ru,
      row.name.en,
      row.now,
      row.entered,
      ...stages.flatMap((stage) => [row.stages[stage]?.now ?? 0, row.stages[stage]?.entered ?? 0]),
    ]),
  );

export const timeInStageCsv = (report: TimeInStageReport): string =>
  csv(
    ['stage', 'name_ru', 'name_en', 'moves', 'median_hours', 'p90_hours', 'mean_hours'],
    report.stages.map((stage) => [
      stage.stage,
      stage.name.ru,
      stage.name.en,
      stage.moves,
      cell(stage.medianHours),
      cell(stage.p90Hours),
      cell(stage.meanHours),
    ]),
  );

export const kpiCsv = (report: KpiReport): string =>
  csv(
    ['id', 'name_ru', 'name_en', 'unit', 'target', 'source', 'period', 'actual', 'progress', 'met', 'cumulative', 'reported_at', 'note'],
    report.kpis.flatMap((kpi) =>
      kpi.periods.map((period) => [
        kpi.id,
        kpi.name.ru,
        kpi.name.en,
        kpi.unit,
        kpi.target,
        kpi.source,
        period.period,
        cell(period.actual),
        cell(period.progress),
        cell(period.met),
        period.cumulative,
        period.reportedAt,
        period.note,
      ]),
    ),
  );
