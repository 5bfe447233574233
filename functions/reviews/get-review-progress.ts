import { routeModule } from '../../shared/platform/http/route-module.ts';
import { getReviewProgressRoute } from '../../shared/reviews/routes.ts';
import { readReviewProgress } from '../../shared/reviews/use-cases/read-review-progress.ts';
import { wiring } from './wiring.ts';

export const getReviewProgress = routeModule(getReviewProgressRoute, async ({ identity, params }) => ({
  status: 200,
  body: await readReviewProgress(wiring().reviews, identity, params.seasonId),
}));
