import { routeModule } from '../../shared/platform/http/route-module.ts';
import { getDashboardChartLibraryRoute } from '../../shared/reports/dashboard-routes.ts';
import { compressedAnswer } from './compressed-answer.ts';
import { dashboardAsset } from './dashboard-asset.ts';

/** A day: Chart.js changes only with its package's version. */
export const getDashboardChartLibrary = routeModule(getDashboardChartLibraryRoute, async ({ headers }) =>
  compressedAnswer(await dashboardAsset('chart.js'), headers['accept-encoding'], 86_400),
);
