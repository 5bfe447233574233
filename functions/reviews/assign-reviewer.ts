import { routeModule } from '../../shared/platform/http/route-module.ts';
import { assignReviewerRoute } from '../../shared/reviews/routes.ts';
import { assignReviewer as assign } from '../../shared/reviews/use-cases/assign-reviewer.ts';
import { wiring } from './wiring.ts';

export const assignReviewer = routeModule(assignReviewerRoute, async ({ identity, params, body }) => ({
  status: 201,
  body: await assign(wiring().reviews, identity, params, body),
}));
