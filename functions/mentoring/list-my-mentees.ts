import { routeModule } from '../../shared/platform/http/route-module.ts';
import { listMyMenteesRoute } from '../../shared/mentoring/routes.ts';
import { listMyMentees as list } from '../../shared/mentoring/use-cases/list-my-mentees.ts';
import { wiring } from './wiring.ts';

export const listMyMentees = routeModule(listMyMenteesRoute, async ({ identity, query }) => {
  const page = await list(wiring().mentoring, identity, query.seasonId, { limit: query.limit, cursor: query.cursor });
  return { status: 200, body: { items: [...page.items], ...(page.nextCursor === undefined ? {} : { nextCursor: page.nextCursor }) } };
});
