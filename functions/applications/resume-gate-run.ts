import { routeModule } from '../../shared/platform/http/route-module.ts';
import { resumeGateRunRoute } from '../../shared/progression/routes.ts';
import { resumeGate } from '../../shared/progression/use-cases/gates/resume-gate.ts';
import { wiring } from './wiring.ts';

export const resumeGateRun = routeModule(resumeGateRunRoute, async ({ identity, params }) => ({
  status: 202,
  body: await resumeGate(wiring().applications, identity, params.seasonId, params.gateRunId),
}));
