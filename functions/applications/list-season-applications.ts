import type { RouteImplementation } from '../../shared/platform/http/route.ts';
import type { listSeasonApplicationsRoute } from '../../shared/applications/routes.ts';
import { listSeasonApplications as listSeason } from '../../shared/applications/use-cases/list-season-applications.ts';
import { caller } from './caller.ts';
import { applications } from './dependencies.ts';

export const listSeasonApplications: RouteImplementation<typeof listSeasonApplicationsRoute> = async ({ identity, params, query }) => ({
  status: 200,
  body: await listSeason(
    applications,
    caller(identity),
    { seasonId: params.seasonId, stage: query.stage, track: query.track, region: query.region },
    { limit: query.limit, cursor: query.cursor },
  ),
});
