import type { RouteImplementation } from '../../shared/platform/http/route.ts';
import type { listProgrammeSeasonsRoute } from '../../shared/catalogue/routes.ts';
import { listProgrammeSeasons as list } from '../../shared/catalogue/use-cases/list-programme-seasons.ts';
import { wiring } from './wiring.ts';

export const listProgrammeSeasons: RouteImplementation<typeof listProgrammeSeasonsRoute> = async ({ identity, params, query }) => ({
  status: 200,
  body: await list(wiring().catalogue, identity, params.programmeId, query),
});
