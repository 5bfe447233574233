import type { RouteImplementation } from '../../shared/platform/http/route.ts';
import type { resumeGateRunRoute } from '../../shared/progression/routes.ts';
import { resumeGate } from '../../shared/progression/gates/resume-gate.ts';
import { caller } from './caller.ts';
import { applications } from './dependencies.ts';

export const resumeGateRun: RouteImplementation<typeof resumeGateRunRoute> = async ({ identity, params }) => ({
  status: 202,
  body: await resumeGate(applications, caller(identity), params.seasonId, params.gateRunId),
});
