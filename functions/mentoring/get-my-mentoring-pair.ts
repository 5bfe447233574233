import { routeModule } from '../../shared/platform/http/route-module.ts';
import { getMyMentoringPairRoute } from '../../shared/mentoring/routes.ts';
import { readMyPair } from '../../shared/mentoring/use-cases/read-my-pair.ts';
import { wiring } from './wiring.ts';

export const getMyMentoringPair = routeModule(getMyMentoringPairRoute, async ({ identity, params }) => ({
  status: 200,
  body: await readMyPair(wiring().mentoring, identity, params.pairId),
}));
