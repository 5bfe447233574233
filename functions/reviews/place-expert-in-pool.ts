import { routeModule } from '../../shared/platform/http/route-module.ts';
import { placeExpertInPoolRoute } from '../../shared/reviews/routes.ts';
import { placePoolMember } from '../../shared/reviews/use-cases/place-pool-member.ts';
import { wiring } from './wiring.ts';

export const placeExpertInPool = routeModule(placeExpertInPoolRoute, async ({ identity, params, body }) => ({
  status: 200,
  body: await placePoolMember(wiring().reviews, identity, params.seasonId, params.expertId, body),
}));
