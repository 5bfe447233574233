import { routeModule } from '../../shared/platform/http/route-module.ts';
import { getDashboardStylesheetRoute } from '../../shared/reports/dashboard-routes.ts';
import { compressedAnswer } from './compressed-answer.ts';
import { dashboardAsset } from './dashboard-asset.ts';

export const getDashboardStylesheet = routeModule(getDashboardStylesheetRoute, async ({ headers }) =>
  compressedAnswer(await dashboardAsset('dashboard.css'), headers['accept-encoding'], 300),
);
