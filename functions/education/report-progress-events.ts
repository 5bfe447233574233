import { routeModule } from '../../shared/platform/http/route-module.ts';
import { reportProgressEventsRoute } from '../../shared/education/routes.ts';
import { reportProgress } from '../../shared/education/use-cases/report-progress.ts';
import { wiring } from './wiring.ts';

export const reportProgressEvents = routeModule(reportProgressEventsRoute, async ({ identity, params, body }) => ({
  status: 200,
  body: { outcomes: await reportProgress(wiring().education, identity, params.seasonId, body.events) },
}));
