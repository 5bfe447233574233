import type { RouteImplementation } from '../../shared/http/route.ts';
import type { getPublicSeasonRoute } from '../../shared/routes/programme-routes.ts';
import { readPublicSeason } from '../../shared/programmes/use-cases/read-public-season.ts';
import { catalogue } from './dependencies.ts';

export const getPublicSeason: RouteImplementation<typeof getPublicSeasonRoute> = async ({ params }) => ({
  status: 200,
  body: await readPublicSeason(catalogue, params.seasonId),
});
