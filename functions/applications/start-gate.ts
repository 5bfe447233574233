import { routeModule } from '../../shared/platform/http/route-module.ts';
import { startGateRoute } from '../../shared/progression/routes.ts';
import { startGate as start } from '../../shared/progression/use-cases/gates/start-gate.ts';
import { wiring } from './wiring.ts';

export const startGate = routeModule(startGateRoute, async ({ identity, params, body }) => ({
  status: 202,
  body: await start(wiring().applications, identity, params.seasonId, body),
}));
