import { routeModule } from '../../shared/platform/http/route-module.ts';
import { submitMyReviewRoute } from '../../shared/reviews/routes.ts';
import { submitReview } from '../../shared/reviews/use-cases/submit-review.ts';
import { wiring } from './wiring.ts';

export const submitMyReview = routeModule(submitMyReviewRoute, async ({ identity, params, body }) => ({
  status: 200,
  body: await submitReview(wiring().reviews, identity, params, body),
}));
