import { routeModule } from '../../shared/platform/http/route-module.ts';
import { getMyExpertProfileRoute } from '../../shared/reviews/routes.ts';
import { readExpertProfile } from '../../shared/reviews/use-cases/read-expert-profile.ts';
import { wiring } from './wiring.ts';

export const getMyExpertProfile = routeModule(getMyExpertProfileRoute, async ({ identity }) => ({
  status: 200,
  body: await readExpertProfile(wiring().reviews, identity),
}));
