import { routeModule } from '../../shared/platform/http/route-module.ts';
import { getPublicSeasonRoute } from '../../shared/catalogue/routes.ts';
import { readPublicSeason } from '../../shared/catalogue/use-cases/read-public-season.ts';
import { wiring } from './wiring.ts';

export const getPublicSeason = routeModule(getPublicSeasonRoute, async ({ params }) => ({
  status: 200,
  body: await readPublicSeason(wiring().catalogue, params.seasonId),
}));
