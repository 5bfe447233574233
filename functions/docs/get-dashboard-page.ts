import { routeModule } from '../../shared/platform/http/route-module.ts';
import { getDashboardPageRoute } from '../../shared/reports/dashboard-routes.ts';
import { dashboardAsset } from './dashboard-asset.ts';

/**
 * Scripts, styles and requests from this origin only: the page runs its own script and Chart.js,
 * both served beside it, and reads the reports from this API. Chart.js sizes its canvases through
 * the DOM's style properties, which a policy without 'unsafe-inline' allows.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const getDashboardPage = routeModule(getDashboardPageRoute, async () => ({
  status: 200,
  body: (await dashboardAsset('index.html')).text,
  headers: {
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'cache-control': 'public, max-age=300',
    'referrer-policy': 'no-referrer',
  },
}));
