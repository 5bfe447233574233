import type { RouteImplementation } from '../../shared/platform/http/route.ts';
import type { getPublicSeasonRoute } from '../../shared/catalogue/routes.ts';
import { readPublicSeason } from '../../shared/catalogue/use-cases/read-public-season.ts';
import { wiring } from './wiring.ts';

export const getPublicSeason: RouteImplementation<typeof getPublicSeasonRoute> = async ({ params }) => ({
  status: 200,
  body: await readPublicSeason(wiring().catalogue, params.seasonId),
});
