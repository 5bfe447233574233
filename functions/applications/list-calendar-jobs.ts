import { routeModule } from '../../shared/platform/http/route-module.ts';
import { listCalendarJobsRoute } from '../../shared/progression/routes.ts';
import { listCalendarJobs as list } from '../../shared/progression/use-cases/calendar/list-calendar-jobs.ts';
import { wiring } from './wiring.ts';

export const listCalendarJobs = routeModule(listCalendarJobsRoute, async ({ identity, params }) => ({
  status: 200,
  body: { items: [...(await list(wiring().applications, identity, params.seasonId))] },
}));
