import { routeModule } from '../../shared/platform/http/route-module.ts';
import { endMentoringPairRoute } from '../../shared/mentoring/routes.ts';
import { endPair } from '../../shared/mentoring/use-cases/end-pair.ts';
import { wiring } from './wiring.ts';

export const endMentoringPair = routeModule(endMentoringPairRoute, async ({ identity, params, body }) => ({
  status: 200,
  body: await endPair(wiring().mentoring, identity, params, body),
}));
