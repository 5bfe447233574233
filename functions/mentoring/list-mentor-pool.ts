import { routeModule } from '../../shared/platform/http/route-module.ts';
import { listMentorPoolRoute } from '../../shared/mentoring/routes.ts';
import { listMentorPool as list } from '../../shared/mentoring/use-cases/list-mentor-pool.ts';
import { wiring } from './wiring.ts';

export const listMentorPool = routeModule(listMentorPoolRoute, async ({ identity, params, query }) => {
  const page = await list(wiring().mentoring, identity, params.seasonId, { limit: query.limit, cursor: query.cursor });
  return {
    status: 200,
    body: { tiers: page.tiers, items: [...page.items], ...(page.nextCursor === undefined ? {} : { nextCursor: page.nextCursor }) },
  };
});
