import { routeModule } from '../../shared/platform/http/route-module.ts';
import { getMyRecommendationLetterRoute } from '../../shared/mentoring/routes.ts';
import { readMyLetter } from '../../shared/mentoring/use-cases/read-my-letter.ts';
import { wiring } from './wiring.ts';

export const getMyRecommendationLetter = routeModule(getMyRecommendationLetterRoute, async ({ identity, params }) => ({
  status: 200,
  body: await readMyLetter(wiring().mentoring, identity, params.pairId),
}));
