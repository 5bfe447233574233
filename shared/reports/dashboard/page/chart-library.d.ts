import type { Chart as ChartClass } from 'chart.js';

declare global {
  /**
   * Chart.js's UMD build, served by this API at dashboard/chart.js and loaded before the page's
   * script: it defines `Chart` with every chart type, scale and plugin registered.
   */
  const Chart: typeof ChartClass;
}
