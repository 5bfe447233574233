import type { RouteImplementation } from '../../shared/platform/http/route.ts';
import type { resumeGateRunRoute } from '../../shared/progression/routes.ts';
import { resumeGate } from '../../shared/progression/use-cases/gates/resume-gate.ts';
import { wiring } from './wiring.ts';

export const resumeGateRun: RouteImplementation<typeof resumeGateRunRoute> = async ({ identity, params }) => ({
  status: 202,
  body: await resumeGate(wiring().applications, identity, params.seasonId, params.gateRunId),
});
