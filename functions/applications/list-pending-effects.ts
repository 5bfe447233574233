import type { RouteImplementation } from '../../shared/platform/http/route.ts';
import type { listPendingEffectsRoute } from '../../shared/progression/routes.ts';
import { listPendingEffects as list } from '../../shared/progression/use-cases/transitions/list-pending-effects.ts';
import { wiring } from './wiring.ts';

export const listPendingEffects: RouteImplementation<typeof listPendingEffectsRoute> = async ({ identity, params }) => ({
  status: 200,
  body: { items: [...(await list(wiring().applications, identity, params.applicationId))] },
});
