import { routeModule } from '../../shared/platform/http/route-module.ts';
import { listSeasonDisclosures as list } from '../../shared/releases/use-cases/list-disclosures.ts';
import { listSeasonDisclosuresRoute } from '../../shared/releases/routes.ts';
import { wiring } from './wiring.ts';

export const listSeasonDisclosures = routeModule(listSeasonDisclosuresRoute, async ({ identity, params, query }) => ({
  status: 200,
  body: await list(await wiring().releases(), identity, params.seasonId, query),
}));
