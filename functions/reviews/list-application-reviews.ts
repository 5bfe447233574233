import { routeModule } from '../../shared/platform/http/route-module.ts';
import { listApplicationReviewsRoute } from '../../shared/reviews/routes.ts';
import { listApplicationReviews as list } from '../../shared/reviews/use-cases/list-application-reviews.ts';
import { wiring } from './wiring.ts';

export const listApplicationReviews = routeModule(listApplicationReviewsRoute, async ({ identity, params }) => {
  const { reviews, aggregates } = await list(wiring().reviews, identity, params.applicationId);
  return { status: 200, body: { reviews: [...reviews], aggregates: [...aggregates] } };
});
