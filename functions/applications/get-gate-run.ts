import type { RouteImplementation } from '../../shared/platform/http/route.ts';
import type { getGateRunRoute } from '../../shared/progression/routes.ts';
import { readGateRun } from '../../shared/progression/gates/read-gate-run.ts';
import { caller } from './caller.ts';
import { applications } from './dependencies.ts';

export const getGateRun: RouteImplementation<typeof getGateRunRoute> = async ({ identity, params }) => ({
  status: 200,
  body: await readGateRun(applications, caller(identity), params.seasonId, params.gateRunId),
});
