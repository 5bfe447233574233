import { routeModule } from '../../shared/platform/http/route-module.ts';
import { removeExpertFromPoolRoute } from '../../shared/reviews/routes.ts';
import { removePoolMember } from '../../shared/reviews/use-cases/remove-pool-member.ts';
import { wiring } from './wiring.ts';

export const removeExpertFromPool = routeModule(removeExpertFromPoolRoute, async ({ identity, params }) => {
  await removePoolMember(wiring().reviews, identity, params.seasonId, params.expertId);
  return { status: 204 };
});
