import { routeModule } from '../../shared/platform/http/route-module.ts';
import { getMyReviewRoute } from '../../shared/reviews/routes.ts';
import { readReviewPage } from '../../shared/reviews/use-cases/read-review-page.ts';
import { wiring } from './wiring.ts';

export const getMyReview = routeModule(getMyReviewRoute, async ({ identity, params }) => ({
  status: 200,
  body: await readReviewPage(wiring().reviews, identity, params.applicationId, params.rubricId),
}));
