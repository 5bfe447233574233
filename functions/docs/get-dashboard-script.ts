import { routeModule } from '../../shared/platform/http/route-module.ts';
import { getDashboardScriptRoute } from '../../shared/reports/dashboard-routes.ts';
import { compressedAnswer } from './compressed-answer.ts';
import { dashboardAsset } from './dashboard-asset.ts';

/** Five minutes, as the page: a deployment's new script reaches browsers with its new page. */
export const getDashboardScript = routeModule(getDashboardScriptRoute, async ({ headers }) =>
  compressedAnswer(await dashboardAsset('dashboard.js'), headers['accept-encoding'], 300),
);
