import { routeModule } from '../../shared/platform/http/route-module.ts';
import { createSeasonRoute } from '../../shared/catalogue/routes.ts';
import { createSeason as create } from '../../shared/catalogue/use-cases/create-season.ts';
import { wiring } from './wiring.ts';

export const createSeason = routeModule(createSeasonRoute, async ({ identity, params, body }) => {
  const season = await create(wiring().catalogue, identity, params.programmeId, body);
  return { status: 201, body: season, headers: { location: `/seasons/${season.id}` } };
});
