import { routeModule } from '../../shared/platform/http/route-module.ts';
import { getCounterRebuildRoute } from '../../shared/counters/routes.ts';
import { readCounterRebuild } from '../../shared/counters/use-cases/read-counter-rebuild.ts';
import { wiring } from './wiring.ts';

export const getCounterRebuild = routeModule(getCounterRebuildRoute, async ({ identity, params }) => ({
  status: 200,
  body: await readCounterRebuild(wiring().counters, identity, params.seasonId, params.runId),
}));
