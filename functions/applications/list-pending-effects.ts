import { routeModule } from '../../shared/platform/http/route-module.ts';
import { listPendingEffectsRoute } from '../../shared/progression/routes.ts';
import { listPendingEffects as list } from '../../shared/progression/use-cases/transitions/list-pending-effects.ts';
import { wiring } from './wiring.ts';

export const listPendingEffects = routeModule(listPendingEffectsRoute, async ({ identity, params }) => ({
  status: 200,
  body: { items: [...(await list(wiring().applications, identity, params.applicationId))] },
}));
