import { listOfferCandidatesRoute } from '../../shared/internships/routes.ts';
import { listOfferCandidates as list } from '../../shared/internships/use-cases/list-offer-candidates.ts';
import { routeModule } from '../../shared/platform/http/route-module.ts';
import { wiring } from './wiring.ts';

export const listOfferCandidates = routeModule(listOfferCandidatesRoute, async ({ identity, params, query }) => {
  const page = await list(wiring().internships, identity, params, { limit: query.limit, cursor: query.cursor });
  return { status: 200, body: { items: [...page.items], ...(page.nextCursor === undefined ? {} : { nextCursor: page.nextCursor }) } };
});
