import type { RouteImplementation } from '../../shared/http/route.ts';
import type { listCalendarJobsRoute } from '../../shared/routes/gate-routes.ts';
import { listCalendarJobs as list } from '../../shared/applications/use-cases/list-calendar-jobs.ts';
import { caller } from './caller.ts';
import { applications } from './dependencies.ts';

export const listCalendarJobs: RouteImplementation<typeof listCalendarJobsRoute> = async ({ identity, params }) => ({
  status: 200,
  body: { items: [...(await list(applications, caller(identity), params.seasonId))] },
});
