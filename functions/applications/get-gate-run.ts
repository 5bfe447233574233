import { routeModule } from '../../shared/platform/http/route-module.ts';
import { getGateRunRoute } from '../../shared/progression/routes.ts';
import { readGateRun } from '../../shared/progression/use-cases/gates/read-gate-run.ts';
import { wiring } from './wiring.ts';

export const getGateRun = routeModule(getGateRunRoute, async ({ identity, params }) => ({
  status: 200,
  body: await readGateRun(wiring().applications, identity, params.seasonId, params.gateRunId),
}));
