import { getInternshipMatchingRunRoute } from '../../shared/internships/placement-routes.ts';
import { readMatchingRun } from '../../shared/internships/use-cases/matching-runs/read-matching-run.ts';
import { routeModule } from '../../shared/platform/http/route-module.ts';
import { wiring } from './wiring.ts';

export const getInternshipMatchingRun = routeModule(getInternshipMatchingRunRoute, async ({ identity, params }) => ({
  status: 200,
  body: await readMatchingRun(wiring().matchingRuns(), identity, params.seasonId, params.runId),
}));
