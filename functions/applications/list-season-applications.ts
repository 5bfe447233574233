import { routeModule } from '../../shared/platform/http/route-module.ts';
import { listSeasonApplicationsRoute } from '../../shared/applications/routes.ts';
import { listSeasonApplications as listSeason } from '../../shared/applications/use-cases/list-season-applications.ts';
import { wiring } from './wiring.ts';

export const listSeasonApplications = routeModule(listSeasonApplicationsRoute, async ({ identity, params, query }) => ({
  status: 200,
  body: await listSeason(
    wiring().applications,
    identity,
    { seasonId: params.seasonId, stage: query.stage, track: query.track, region: query.region },
    { limit: query.limit, cursor: query.cursor },
  ),
}));
