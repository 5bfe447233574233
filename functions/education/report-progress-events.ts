import type { RouteImplementation } from '../../shared/platform/http/route.ts';
import type { reportProgressEventsRoute } from '../../shared/education/routes.ts';
import { reportProgress } from '../../shared/education/use-cases/report-progress.ts';
import { wiring } from './wiring.ts';

export const reportProgressEvents: RouteImplementation<typeof reportProgressEventsRoute> = async ({ identity, params, body }) => ({
  status: 200,
  body: { outcomes: await reportProgress(wiring().education, identity, params.seasonId, body.events) },
});
