import type { RouteImplementation } from '../../shared/platform/http/route.ts';
import type { listOpenSeasonsRoute } from '../../shared/catalogue/routes.ts';
import { listOpenSeasons as list } from '../../shared/catalogue/use-cases/list-open-seasons.ts';
import { wiring } from './wiring.ts';

export const listOpenSeasons: RouteImplementation<typeof listOpenSeasonsRoute> = async ({ query }) => ({
  status: 200,
  body: await list(wiring().catalogue, query),
});
