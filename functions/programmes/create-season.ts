import type { RouteImplementation } from '../../shared/platform/http/route.ts';
import type { createSeasonRoute } from '../../shared/catalogue/routes.ts';
import { createSeason as create } from '../../shared/catalogue/use-cases/create-season.ts';
import { wiring } from './wiring.ts';

export const createSeason: RouteImplementation<typeof createSeasonRoute> = async ({ identity, params, body }) => {
  const season = await create(wiring().catalogue, identity, params.programmeId, body);
  return { status: 201, body: season, headers: { location: `/seasons/${season.id}` } };
};
