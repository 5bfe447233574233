import type { Chart as ChartInstance } from 'chart.js';
import { element } from './dom.ts';

export interface BarSeries {
  readonly label: string;
  readonly values: readonly (number | null)[];
  readonly colour: string;
}

export interface BarChartOptions {
  /** Accessible name of the chart (the canvas's aria-label); the figures are also in a table beside it. */
  readonly title: string;
  readonly labels: readonly string[];
  readonly series: readonly BarSeries[];
  readonly horizontal?: boolean;
  readonly stacked?: boolean;
  readonly locale: string;
}

/**
 * Draws a bar chart into a new canvas inside `container` (emptied first) and returns it, so the
 * caller destroys it before drawing the next. Not animated: the figures are read, not watched, and
 * a screenshot taken at any moment shows them whole.
 */
export const drawBarChart = (container: HTMLElement, options: BarChartOptions): ChartInstance => {
  const canvas = element('canvas', undefined, { role: 'img', 'aria-label': options.title });
  container.replaceChildren(canvas);
  const valueAxis = options.horizontal === true ? 'x' : 'y';
  const categoryAxis = options.horizontal === true ? 'y' : 'x';
  return new Chart(canvas, {
    type: 'bar',
    data: {
      labels: [...options.labels],
      datasets: options.series.map((series) => ({
        label: series.label,
        data: [...series.values],
        backgroundColor: series.colour,
        borderRadius: 2,
      })),
    },
    options: {
      indexAxis: categoryAxis === 'y' ? 'y' : 'x',
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      locale: options.locale,
      plugins: { legend: { position: 'bottom' } },
      scales: {
        [valueAxis]: { beginAtZero: true, stacked: options.stacked === true },
        [categoryAxis]: { stacked: options.stacked === true, ticks: { autoSkip: false } },
      },
    },
  });
};
