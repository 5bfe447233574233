import type { Chart as ChartInstance } from 'chart.js';
import { drawBarChart } from './bar-chart.ts';
import { COLOURS } from './colours.ts';
import { element, table } from './dom.ts';
import type { TimeInStageReport } from './report-shapes.ts';
import { formatNumber, type Language, type PageTexts } from './texts.ts';

/** Time in stage: the median and 90th percentile stay, in hours, of the stages applications have left. */
export const renderTimeInStage = (panel: HTMLElement, report: TimeInStageReport, texts: PageTexts, language: Language): ChartInstance[] => {
  const left = report.stages.filter((stage) => stage.moves > 0);
  if (left.length === 0) {
    panel.replaceChildren(element('p', texts.time.none, { class: 'empty' }));
    return [];
  }
  const hours = (value: number | null): string => (value === null ? '—' : formatNumber(value, texts, 1));
  const chartBox = element('div', undefined, { class: 'chart' });
  panel.replaceChildren(
    chartBox,
    table(
      [texts.funnel.stage, `${texts.time.median}, ${texts.time.hours}`, `${texts.time.p90}, ${texts.time.hours}`],
      left.map((stage) => [stage.name[language], hours(stage.medianHours), hours(stage.p90Hours)]),
    ),
  );
  return [
    drawBarChart(chartBox, {
      title: `${texts.static.timeHeading}, ${texts.time.hours}`,
      labels: left.map((stage) => stage.name[language]),
      series: [
        { label: texts.time.median, values: left.map((stage) => stage.medianHours), colour: COLOURS.primary },
        { label: texts.time.p90, values: left.map((stage) => stage.p90Hours), colour: COLOURS.secondary },
      ],
      horizontal: true,
      locale: texts.locale,
    }),
  ];
};
