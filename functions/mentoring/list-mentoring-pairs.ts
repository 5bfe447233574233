import { routeModule } from '../../shared/platform/http/route-module.ts';
import { listMentoringPairsRoute } from '../../shared/mentoring/routes.ts';
import { listSeasonPairs } from '../../shared/mentoring/use-cases/list-season-pairs.ts';
import { wiring } from './wiring.ts';

export const listMentoringPairs = routeModule(listMentoringPairsRoute, async ({ identity, params, query }) => {
  const page = await listSeasonPairs(wiring().mentoring, identity, params.seasonId, query.status, {
    limit: query.limit,
    cursor: query.cursor,
  });
  return { status: 200, body: { items: [...page.items], ...(page.nextCursor === undefined ? {} : { nextCursor: page.nextCursor }) } };
});
