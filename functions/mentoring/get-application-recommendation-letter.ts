import { routeModule } from '../../shared/platform/http/route-module.ts';
import { getApplicationRecommendationLetterRoute } from '../../shared/mentoring/routes.ts';
import { readApplicationLetter } from '../../shared/mentoring/use-cases/read-application-letter.ts';
import { wiring } from './wiring.ts';

export const getApplicationRecommendationLetter = routeModule(getApplicationRecommendationLetterRoute, async ({ identity, params }) => ({
  status: 200,
  body: await readApplicationLetter(wiring().mentoring, identity, params.applicationId),
}));
