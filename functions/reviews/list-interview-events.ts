import { listInterviewEventsRoute } from '../../shared/interviews/routes.ts';
import { listInterviewEvents as list } from '../../shared/interviews/use-cases/list-interview-events.ts';
import { routeModule } from '../../shared/platform/http/route-module.ts';
import { wiring } from './wiring.ts';

export const listInterviewEvents = routeModule(listInterviewEventsRoute, async ({ identity, params, query }) => {
  const page = await list(
    wiring().interviews,
    identity,
    params.seasonId,
    { stage: query.stage, place: query.place },
    { limit: query.limit, cursor: query.cursor },
  );
  return { status: 200, body: { items: [...page.items], ...(page.nextCursor === undefined ? {} : { nextCursor: page.nextCursor }) } };
});
