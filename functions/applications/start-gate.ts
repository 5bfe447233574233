import type { RouteImplementation } from '../../shared/http/route.ts';
import type { startGateRoute } from '../../shared/routes/gate-routes.ts';
import { startGate as start } from '../../shared/applications/use-cases/start-gate.ts';
import { caller } from './caller.ts';
import { applications } from './dependencies.ts';

export const startGate: RouteImplementation<typeof startGateRoute> = async ({ identity, params, body }) => ({
  status: 202,
  body: await start(applications, caller(identity), params.seasonId, body),
});
