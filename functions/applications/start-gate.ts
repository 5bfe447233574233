import type { RouteImplementation } from '../../shared/platform/http/route.ts';
import type { startGateRoute } from '../../shared/progression/routes.ts';
import { startGate as start } from '../../shared/progression/gates/start-gate.ts';
import { caller } from './caller.ts';
import { applications } from './dependencies.ts';

export const startGate: RouteImplementation<typeof startGateRoute> = async ({ identity, params, body }) => ({
  status: 202,
  body: await start(applications, caller(identity), params.seasonId, body),
});
