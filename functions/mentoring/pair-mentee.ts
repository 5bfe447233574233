import { routeModule } from '../../shared/platform/http/route-module.ts';
import { pairMenteeRoute } from '../../shared/mentoring/routes.ts';
import { pairByHand } from '../../shared/mentoring/use-cases/pair-by-hand.ts';
import { wiring } from './wiring.ts';

export const pairMentee = routeModule(pairMenteeRoute, async ({ identity, params, body }) => {
  const { created, pair } = await pairByHand(wiring().mentoring, identity, params.seasonId, body);
  return { status: created ? 201 : 200, body: pair };
});
