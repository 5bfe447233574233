import { listInternshipOffersRoute } from '../../shared/internships/routes.ts';
import { listInternshipOffers as list } from '../../shared/internships/use-cases/list-internship-offers.ts';
import { routeModule } from '../../shared/platform/http/route-module.ts';
import { wiring } from './wiring.ts';

export const listInternshipOffers = routeModule(listInternshipOffersRoute, async ({ identity, params, query }) => {
  const page = await list(
    wiring().internships,
    identity,
    params.seasonId,
    { status: query.status, level: query.level, region: query.region, host: query.host },
    { limit: query.limit, cursor: query.cursor },
  );
  return { status: 200, body: { items: [...page.items], ...(page.nextCursor === undefined ? {} : { nextCursor: page.nextCursor }) } };
});
