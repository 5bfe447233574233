import type { RouteImplementation } from '../../shared/http/route.ts';
import type { listPendingEffectsRoute } from '../../shared/routes/application-routes.ts';
import { listPendingEffects as list } from '../../shared/applications/use-cases/list-pending-effects.ts';
import { caller } from './caller.ts';
import { applications } from './dependencies.ts';

export const listPendingEffects: RouteImplementation<typeof listPendingEffectsRoute> = async ({ identity, params }) => ({
  status: 200,
  body: { items: [...(await list(applications, caller(identity), params.applicationId))] },
});
