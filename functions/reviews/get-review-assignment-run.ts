import { routeModule } from '../../shared/platform/http/route-module.ts';
import { getReviewAssignmentRunRoute } from '../../shared/reviews/routes.ts';
import { readAssignmentRun } from '../../shared/reviews/use-cases/assignment-runs/read-assignment-run.ts';
import { wiring } from './wiring.ts';

export const getReviewAssignmentRun = routeModule(getReviewAssignmentRunRoute, async ({ identity, params }) => ({
  status: 200,
  body: await readAssignmentRun(wiring().assignmentRuns(), identity, params.seasonId, params.runId),
}));
