import { routeModule } from '../../shared/platform/http/route-module.ts';
import { openSeasonRoute } from '../../shared/catalogue/routes.ts';
import { requestSeasonOpening } from '../../shared/catalogue/use-cases/request-season-opening.ts';
import { wiring } from './wiring.ts';

/** 202: the season is `opening`; the workflow makes it `open` shortly after. */
export const openSeason = routeModule(openSeasonRoute, async ({ identity, params }) => ({
  status: 202,
  body: await requestSeasonOpening(wiring().catalogue, identity, params.seasonId),
  headers: { location: `/seasons/${params.seasonId}` },
}));
