import type { RouteImplementation } from '../../shared/http/route.ts';
import type { listProgrammeSeasonsRoute } from '../../shared/routes/programme-routes.ts';
import { listProgrammeSeasons as list } from '../../shared/programmes/use-cases/list-programme-seasons.ts';
import { catalogue } from './dependencies.ts';

export const listProgrammeSeasons: RouteImplementation<typeof listProgrammeSeasonsRoute> = async ({ identity, params, query }) => ({
  status: 200,
  body: await list(catalogue, identity, params.programmeId, query),
});
