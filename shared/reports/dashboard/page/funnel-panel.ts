import type { Chart as ChartInstance } from 'chart.js';
import { drawBarChart } from './bar-chart.ts';
import { COLOURS } from './colours.ts';
import { element, table } from './dom.ts';
import type { FunnelReport } from './report-shapes.ts';
import { formatNumber, formatPercent, type Language, type PageTexts } from './texts.ts';

/** The funnel: applications that entered each stage and are in it now, in pipeline order, with the conversions. */
export const renderFunnel = (panel: HTMLElement, report: FunnelReport, texts: PageTexts, language: Language): ChartInstance[] => {
  const names = report.stages.map((stage) => stage.name[language]);
  const chartBox = element('div', undefined, { class: 'chart chart-tall' });
  const conversion = (share: number | null): string => (share === null ? '—' : formatPercent(share, texts));
  panel.replaceChildren(
    chartBox,
    table(
      [texts.funnel.stage, texts.funnel.entered, texts.funnel.now, texts.funnel.fromPrevious, texts.funnel.fromFirst],
      report.stages.map((stage, index) => [
        names[index] ?? stage.stage,
        formatNumber(stage.entered, texts),
        formatNumber(stage.now, texts),
        conversion(stage.conversionFromPrevious),
        conversion(stage.conversionFromFirst),
      ]),
    ),
  );
  return [
    drawBarChart(chartBox, {
      title: texts.static.funnelHeading,
      labels: names,
      series: [
        { label: texts.funnel.entered, values: report.stages.map((stage) => stage.entered), colour: COLOURS.primary },
        { label: texts.funnel.now, values: report.stages.map((stage) => stage.now), colour: COLOURS.secondary },
      ],
      horizontal: true,
      locale: texts.locale,
    }),
  ];
};
