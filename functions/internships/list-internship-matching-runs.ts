import { listInternshipMatchingRunsRoute } from '../../shared/internships/placement-routes.ts';
import { listMatchingRuns } from '../../shared/internships/use-cases/matching-runs/read-matching-run.ts';
import { routeModule } from '../../shared/platform/http/route-module.ts';
import { wiring } from './wiring.ts';

export const listInternshipMatchingRuns = routeModule(listInternshipMatchingRunsRoute, async ({ identity, params, query }) => ({
  status: 200,
  body: await listMatchingRuns(wiring().matchingRuns(), identity, params.seasonId, query),
}));
