import { routeModule } from '../../shared/platform/http/route-module.ts';
import { listReviewAssignmentRunsRoute } from '../../shared/reviews/routes.ts';
import { listAssignmentRuns } from '../../shared/reviews/use-cases/assignment-runs/list-assignment-runs.ts';
import { wiring } from './wiring.ts';

export const listReviewAssignmentRuns = routeModule(listReviewAssignmentRunsRoute, async ({ identity, params, query }) => ({
  status: 200,
  body: await listAssignmentRuns(wiring().assignmentRuns(), identity, params.seasonId, query),
}));
