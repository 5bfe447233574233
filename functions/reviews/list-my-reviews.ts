import { routeModule } from '../../shared/platform/http/route-module.ts';
import { listMyReviewsRoute } from '../../shared/reviews/routes.ts';
import { listMyReviews as list } from '../../shared/reviews/use-cases/list-my-reviews.ts';
import { wiring } from './wiring.ts';

export const listMyReviews = routeModule(listMyReviewsRoute, async ({ identity, query }) => {
  const page = await list(wiring().reviews, identity, query.seasonId, { limit: query.limit, cursor: query.cursor });
  return { status: 200, body: { items: [...page.items], ...(page.nextCursor === undefined ? {} : { nextCursor: page.nextCursor }) } };
});
