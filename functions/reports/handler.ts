import { documentClient } from '../../shared/adapters/dynamodb/document-client.ts';
import { createCapabilityHandler } from '../../shared/platform/http/capability-handler.ts';
import type { RoutesOf } from '../../shared/route-table.ts';

// Cold start: the DynamoDB client, which every route uses, is built before the first request;
// each route's own code (schemas, use cases, adapters) loads at its first call (route-loaders.ts).
documentClient();

export const handler = createCapabilityHandler<RoutesOf<'reports'>>('reports', {
  'GET /seasons/{seasonId}/reports/funnel': () => import('./get-funnel-report.ts').then((module) => module.getFunnelReport),
  'GET /seasons/{seasonId}/reports/breakdown': () => import('./get-breakdown-report.ts').then((module) => module.getBreakdownReport),
  'GET /seasons/{seasonId}/reports/time-in-stage': () =>
    import('./get-time-in-stage-report.ts').then((module) => module.getTimeInStageReport),
  'GET /seasons/{seasonId}/reports/kpis': () => import('./get-kpi-report.ts').then((module) => module.getKpiReport),
  'PUT /seasons/{seasonId}/kpi-actuals/{kpiId}': () => import('./put-kpi-actual.ts').then((module) => module.putKpiActual),
});
