import { answerMyPlacementRoute } from '../../shared/internships/placement-routes.ts';
import { answerPlacement } from '../../shared/internships/use-cases/placements/answer-placement.ts';
import { routeModule } from '../../shared/platform/http/route-module.ts';
import { wiring } from './wiring.ts';

export const answerMyPlacement = routeModule(answerMyPlacementRoute, async ({ identity, params, body }) => ({
  status: 200,
  body: await answerPlacement(wiring().placements(), identity, params.applicationId, body),
}));
