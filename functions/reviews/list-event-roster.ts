import { listEventRosterRoute } from '../../shared/interviews/routes.ts';
import { listEventRoster as list } from '../../shared/interviews/use-cases/list-event-roster.ts';
import { routeModule } from '../../shared/platform/http/route-module.ts';
import { wiring } from './wiring.ts';

export const listEventRoster = routeModule(listEventRosterRoute, async ({ identity, params, query }) => {
  const page = await list(wiring().interviews, identity, params, { limit: query.limit, cursor: query.cursor });
  return { status: 200, body: { items: [...page.items], ...(page.nextCursor === undefined ? {} : { nextCursor: page.nextCursor }) } };
});
