import { listInterviewOptionsRoute } from '../../shared/interviews/routes.ts';
import { listInterviewOptions as list } from '../../shared/interviews/use-cases/list-interview-options.ts';
import { routeModule } from '../../shared/platform/http/route-module.ts';
import { wiring } from './wiring.ts';

export const listInterviewOptions = routeModule(listInterviewOptionsRoute, async ({ identity, params, query }) => {
  const page = await list(wiring().interviews, identity, params.applicationId, query.format, { limit: query.limit, cursor: query.cursor });
  return { status: 200, body: { items: [...page.items], ...(page.nextCursor === undefined ? {} : { nextCursor: page.nextCursor }) } };
});
