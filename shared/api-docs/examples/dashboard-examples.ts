import { dashboardRoutes } from '../../reports/dashboard-routes.ts';
import { type RouteExampleSet, routeExamples } from '../openapi/route-examples.ts';

/** The staff dashboard's page and its files, as the docs show them: the start of each. */
const [getDashboardPage, getDashboardScript, getDashboardChartLibrary, getDashboardStylesheet] = dashboardRoutes;

export const DASHBOARD_EXAMPLES: readonly RouteExampleSet[] = [
  routeExamples(getDashboardPage, {
    responses: { 200: '<!doctype html>\n<html lang="ru">…<main id="panels" class="panels" hidden>…</html>' },
  }),
  routeExamples(getDashboardScript, { responses: { 200: '"use strict";(()=>{…})();' } }),
  routeExamples(getDashboardChartLibrary, { responses: { 200: '/*!\n * Chart.js v4.6.2\n …' } }),
  routeExamples(getDashboardStylesheet, { responses: { 200: ':root{…}' } }),
];
