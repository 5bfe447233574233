import { routeModule } from '../../shared/platform/http/route-module.ts';
import { startCounterRebuildRoute } from '../../shared/counters/routes.ts';
import { startCounterRebuild as start } from '../../shared/counters/use-cases/start-counter-rebuild.ts';
import { wiring } from './wiring.ts';

export const startCounterRebuild = routeModule(startCounterRebuildRoute, async ({ identity, params }) => ({
  status: 202,
  body: await start(wiring().counters, identity, params.seasonId),
}));
