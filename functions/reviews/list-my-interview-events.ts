import { listMyInterviewEventsRoute } from '../../shared/interviews/routes.ts';
import { listMyInterviewEvents as list } from '../../shared/interviews/use-cases/list-my-interview-events.ts';
import { routeModule } from '../../shared/platform/http/route-module.ts';
import { wiring } from './wiring.ts';

export const listMyInterviewEvents = routeModule(listMyInterviewEventsRoute, async ({ identity, query }) => {
  const page = await list(wiring().interviews, identity, query.seasonId, { limit: query.limit, cursor: query.cursor });
  return { status: 200, body: { items: [...page.items], ...(page.nextCursor === undefined ? {} : { nextCursor: page.nextCursor }) } };
});
