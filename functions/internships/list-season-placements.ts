import { listSeasonPlacementsRoute } from '../../shared/internships/placement-routes.ts';
import { listPlacements } from '../../shared/internships/use-cases/placements/read-placements.ts';
import { routeModule } from '../../shared/platform/http/route-module.ts';
import { wiring } from './wiring.ts';

export const listSeasonPlacements = routeModule(listSeasonPlacementsRoute, async ({ identity, params, query }) => ({
  status: 200,
  body: await listPlacements(wiring().placements(), identity, params.seasonId, query),
}));
