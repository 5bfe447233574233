import * as z from 'zod';
import { defineRoute } from '../platform/http/route.ts';
import { seasonIdSchema } from '../platform/identifiers/identifiers.ts';

/** The page's own script and stylesheet are tens of kilobytes, Chart.js about 210 KB minified: the bound leaves room for its next releases. */
const assetSchema = z.string().max(4 * 1024 * 1024);

/** Read by the page's script, not the server: the language to open in and the season to show first. */
const dashboardQuery = z.strictObject({
  lang: z.enum(['ru', 'en']).optional(),
  season: seasonIdSchema.optional(),
});

export const getDashboardPageRoute = defineRoute({
  operationId: 'getDashboardPage',
  method: 'GET',
  path: '/dashboard',
  capability: 'docs',
  roles: ['anyone'],
  summary: 'The staff dashboard of a season, to read in a browser',
  description:
    'A static page: the funnel, KPI progress, the figures by federal district and region, and time in stage of a season, read from the reports API with the token the staff member pastes (or passes as `#token=…`). The page loads its script, stylesheet and Chart.js from this API, nothing from elsewhere.',
  tags: ['docs'],
  request: { query: dashboardQuery },
  responses: {
    200: { description: 'The dashboard page', body: z.string().max(16 * 1024), contentType: 'text/html; charset=utf-8' },
  },
});

export const getDashboardScriptRoute = defineRoute({
  operationId: 'getDashboardScript',
  method: 'GET',
  path: '/dashboard/dashboard.js',
  capability: 'docs',
  roles: ['anyone'],
  summary: 'The dashboard page’s script',
  description: 'Gzip-compressed when the client accepts it; cached for five minutes.',
  tags: ['docs'],
  responses: { 200: { description: 'The page’s script', body: assetSchema, contentType: 'text/javascript; charset=utf-8' } },
});

export const getDashboardChartLibraryRoute = defineRoute({
  operationId: 'getDashboardChartLibrary',
  method: 'GET',
  path: '/dashboard/chart.js',
  capability: 'docs',
  roles: ['anyone'],
  summary: 'The charting library the dashboard draws with (Chart.js)',
  description: 'Chart.js’s own minified build, as its npm package ships it. Gzip-compressed when the client accepts it; cached for a day.',
  tags: ['docs'],
  responses: { 200: { description: 'Chart.js', body: assetSchema, contentType: 'text/javascript; charset=utf-8' } },
});

export const getDashboardStylesheetRoute = defineRoute({
  operationId: 'getDashboardStylesheet',
  method: 'GET',
  path: '/dashboard/dashboard.css',
  capability: 'docs',
  roles: ['anyone'],
  summary: 'The dashboard page’s stylesheet',
  description: 'Gzip-compressed when the client accepts it; cached for five minutes.',
  tags: ['docs'],
  responses: { 200: { description: 'The page’s stylesheet', body: assetSchema, contentType: 'text/css; charset=utf-8' } },
});

export const dashboardRoutes = [
  getDashboardPageRoute,
  getDashboardScriptRoute,
  getDashboardChartLibraryRoute,
  getDashboardStylesheetRoute,
] as const;
