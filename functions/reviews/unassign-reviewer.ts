import { routeModule } from '../../shared/platform/http/route-module.ts';
import { unassignReviewerRoute } from '../../shared/reviews/routes.ts';
import { unassignReviewer as unassign } from '../../shared/reviews/use-cases/unassign-reviewer.ts';
import { wiring } from './wiring.ts';

export const unassignReviewer = routeModule(unassignReviewerRoute, async ({ identity, params }) => {
  await unassign(wiring().reviews, identity, params);
  return { status: 204 };
});
