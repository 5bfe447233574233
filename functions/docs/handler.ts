import { createCapabilityHandler } from '../../shared/platform/http/capability-handler.ts';
import type { RoutesOf } from '../../shared/route-table.ts';

export const handler = createCapabilityHandler<RoutesOf<'docs'>>('docs', {
  'GET /openapi.json': () => import('./get-openapi-document.ts').then((module) => module.getOpenApiDocument),
  'GET /docs': () => import('./get-api-docs-page.ts').then((module) => module.getApiDocsPage),
  'GET /docs/swagger-ui.js': () => import('./get-api-docs-script.ts').then((module) => module.getApiDocsScript),
  'GET /docs/swagger-ui.css': () => import('./get-api-docs-stylesheet.ts').then((module) => module.getApiDocsStylesheet),
  'GET /dashboard': () => import('./get-dashboard-page.ts').then((module) => module.getDashboardPage),
  'GET /dashboard/dashboard.js': () => import('./get-dashboard-script.ts').then((module) => module.getDashboardScript),
  'GET /dashboard/chart.js': () => import('./get-dashboard-chart-library.ts').then((module) => module.getDashboardChartLibrary),
  'GET /dashboard/dashboard.css': () => import('./get-dashboard-stylesheet.ts').then((module) => module.getDashboardStylesheet),
});
