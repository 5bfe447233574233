import { routeModule } from '../../shared/platform/http/route-module.ts';
import { listOpenSeasonsRoute } from '../../shared/catalogue/routes.ts';
import { listOpenSeasons as list } from '../../shared/catalogue/use-cases/list-open-seasons.ts';
import { wiring } from './wiring.ts';

export const listOpenSeasons = routeModule(listOpenSeasonsRoute, async ({ query }) => ({
  status: 200,
  body: await list(wiring().catalogue, query),
}));
