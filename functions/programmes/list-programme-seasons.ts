import { routeModule } from '../../shared/platform/http/route-module.ts';
import { listProgrammeSeasonsRoute } from '../../shared/catalogue/routes.ts';
import { listProgrammeSeasons as list } from '../../shared/catalogue/use-cases/list-programme-seasons.ts';
import { wiring } from './wiring.ts';

export const listProgrammeSeasons = routeModule(listProgrammeSeasonsRoute, async ({ identity, params, query }) => ({
  status: 200,
  body: await list(wiring().catalogue, identity, params.programmeId, query),
}));
