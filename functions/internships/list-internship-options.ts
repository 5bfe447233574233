import { listInternshipOptionsRoute } from '../../shared/internships/routes.ts';
import { listInternshipOptions as list } from '../../shared/internships/use-cases/list-internship-options.ts';
import { routeModule } from '../../shared/platform/http/route-module.ts';
import { wiring } from './wiring.ts';

export const listInternshipOptions = routeModule(listInternshipOptionsRoute, async ({ identity, params, query }) => {
  const page = await list(wiring().internships, identity, params.applicationId, { limit: query.limit, cursor: query.cursor });
  return { status: 200, body: { items: [...page.items], ...(page.nextCursor === undefined ? {} : { nextCursor: page.nextCursor }) } };
});
