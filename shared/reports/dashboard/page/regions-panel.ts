import type { Chart as ChartInstance } from 'chart.js';
import { drawBarChart } from './bar-chart.ts';
import { COLOURS } from './colours.ts';
import { element, table } from './dom.ts';
import { NO_VALUE } from '../../../counters/domain/season-counts.ts';
import type { BreakdownReport } from './report-shapes.ts';
import { formatNumber, formatPercent, type Language, type PageTexts } from './texts.ts';

type Row = BreakdownReport['rows'][number];

/** Most applications first; applications without a region (drafts not yet submitted) last. */
const byApplications = (rows: readonly Row[]): Row[] =>
  rows.toSorted((a, b) => Number(a.key === NO_VALUE) - Number(b.key === NO_VALUE) || b.now - a.now);

/**
 * Applications by federal district (a chart) and by region (a table). An application is in exactly
 * one stage at a time, so a row's `now` is its number of applications; `entered` sums stage entries
 * and would count an application once per stage it reached.
 */
export const renderRegions = (
  panel: HTMLElement,
  districts: BreakdownReport,
  regions: BreakdownReport,
  texts: PageTexts,
  language: Language,
): ChartInstance[] => {
  if (regions.rows.length === 0) {
    panel.replaceChildren(element('p', texts.regions.none, { class: 'empty' }));
    return [];
  }
  const total = regions.rows.reduce((sum, row) => sum + row.now, 0);
  const districtRows = byApplications(districts.rows);
  const chartBox = element('div', undefined, { class: 'chart' });
  panel.replaceChildren(
    chartBox,
    table(
      [texts.regions.region, texts.regions.applications, texts.regions.share],
      byApplications(regions.rows).map((row) => [
        row.name[language],
        formatNumber(row.now, texts),
        total === 0 ? '—' : formatPercent(row.now / total, texts),
      ]),
    ),
  );
  return [
    drawBarChart(chartBox, {
      title: texts.regions.districtsChart,
      labels: districtRows.map((row) => row.name[language]),
      series: [{ label: texts.regions.applications, values: districtRows.map((row) => row.now), colour: COLOURS.tertiary }],
      horizontal: true,
      locale: texts.locale,
    }),
  ];
};
