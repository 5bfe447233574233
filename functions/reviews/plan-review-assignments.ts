import { routeModule } from '../../shared/platform/http/route-module.ts';
import { planReviewAssignmentsRoute } from '../../shared/reviews/routes.ts';
import { planAssignmentPage } from '../../shared/reviews/use-cases/plan-assignment-page.ts';
import { wiring } from './wiring.ts';

export const planReviewAssignments = routeModule(planReviewAssignmentsRoute, async ({ identity, params, body }) => ({
  status: 200,
  body: await planAssignmentPage(wiring().reviews, identity, params.seasonId, body),
}));
