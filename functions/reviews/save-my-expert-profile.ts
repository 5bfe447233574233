import { routeModule } from '../../shared/platform/http/route-module.ts';
import { saveMyExpertProfileRoute } from '../../shared/reviews/routes.ts';
import { saveExpertProfile } from '../../shared/reviews/use-cases/save-expert-profile.ts';
import { wiring } from './wiring.ts';

export const saveMyExpertProfile = routeModule(saveMyExpertProfileRoute, async ({ identity, body }) => {
  const { created, profile } = await saveExpertProfile(wiring().reviews, identity, body);
  return { status: created ? 201 : 200, body: profile };
});
