import { routeModule } from '../../shared/platform/http/route-module.ts';
import { saveRecommendationLetterRoute } from '../../shared/mentoring/routes.ts';
import { saveRecommendationLetter as save } from '../../shared/mentoring/use-cases/save-recommendation-letter.ts';
import { wiring } from './wiring.ts';

export const saveRecommendationLetter = routeModule(saveRecommendationLetterRoute, async ({ identity, params, body }) => ({
  status: 200,
  body: await save(wiring().mentoring, identity, params.pairId, body),
}));
