import { getPlacementRoute } from '../../shared/internships/placement-routes.ts';
import { readPlacement } from '../../shared/internships/use-cases/placements/read-placements.ts';
import { routeModule } from '../../shared/platform/http/route-module.ts';
import { wiring } from './wiring.ts';

export const getPlacement = routeModule(getPlacementRoute, async ({ identity, params }) => ({
  status: 200,
  body: await readPlacement(wiring().placements(), identity, params),
}));
