import { listInternshipMatchingOutcomesRoute } from '../../shared/internships/placement-routes.ts';
import { readMatchingOutcomes } from '../../shared/internships/use-cases/matching-runs/read-matching-outcomes.ts';
import { routeModule } from '../../shared/platform/http/route-module.ts';
import { wiring } from './wiring.ts';

export const listInternshipMatchingOutcomes = routeModule(listInternshipMatchingOutcomesRoute, async ({ identity, params, query }) => ({
  status: 200,
  body: await readMatchingOutcomes(wiring().matchingRuns(), identity, params.seasonId, params.runId, query),
}));
