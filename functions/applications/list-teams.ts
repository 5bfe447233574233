import { routeModule } from '../../shared/platform/http/route-module.ts';
import { listTeamsRoute } from '../../shared/teams/routes.ts';
import { listTeams as list } from '../../shared/teams/use-cases/list-teams.ts';
import { wiring } from './wiring.ts';

export const listTeams = routeModule(listTeamsRoute, async ({ identity, params, query }) => {
  const page = await list(wiring().applications, identity, params.seasonId, { limit: query.limit, cursor: query.cursor });
  return { status: 200, body: { items: [...page.items], ...(page.nextCursor === undefined ? {} : { nextCursor: page.nextCursor }) } };
});
