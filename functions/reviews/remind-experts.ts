import { routeModule } from '../../shared/platform/http/route-module.ts';
import { remindExpertsRoute } from '../../shared/reviews/routes.ts';
import { remindExperts as remind } from '../../shared/reviews/use-cases/remind-experts.ts';
import { wiring } from './wiring.ts';

export const remindExperts = routeModule(remindExpertsRoute, async ({ identity, params, body }) => ({
  status: 202,
  body: await remind(wiring().reviews, identity, params.seasonId, body.rubricId),
}));
