/** The files of the dashboard page as the API serves them under /dashboard (the page itself is index.html). */
export const DASHBOARD_FILES = ['index.html', 'dashboard.js', 'dashboard.css', 'chart.js'] as const;
export type DashboardFile = (typeof DASHBOARD_FILES)[number];

/** Where a Lambda's bundle carries the built page, under its task root (infra/bundling/lambda-bundle.ts writes it). */
export const DASHBOARD_BUNDLE_FOLDER = 'dashboard';
