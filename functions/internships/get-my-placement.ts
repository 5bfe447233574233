import { getMyPlacementRoute } from '../../shared/internships/placement-routes.ts';
import { readMyPlacement } from '../../shared/internships/use-cases/placements/read-placements.ts';
import { routeModule } from '../../shared/platform/http/route-module.ts';
import { wiring } from './wiring.ts';

export const getMyPlacement = routeModule(getMyPlacementRoute, async ({ identity, params }) => ({
  status: 200,
  body: await readMyPlacement(wiring().placements(), identity, params.applicationId),
}));
