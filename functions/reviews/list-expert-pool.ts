import { routeModule } from '../../shared/platform/http/route-module.ts';
import { listExpertPoolRoute } from '../../shared/reviews/routes.ts';
import { listPool } from '../../shared/reviews/use-cases/list-pool.ts';
import { wiring } from './wiring.ts';

export const listExpertPool = routeModule(listExpertPoolRoute, async ({ identity, params, query }) => {
  const page = await listPool(wiring().reviews, identity, params.seasonId, { limit: query.limit, cursor: query.cursor });
  return { status: 200, body: { items: [...page.items], ...(page.nextCursor === undefined ? {} : { nextCursor: page.nextCursor }) } };
});
