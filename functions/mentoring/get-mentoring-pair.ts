import { routeModule } from '../../shared/platform/http/route-module.ts';
import { getMentoringPairRoute } from '../../shared/mentoring/routes.ts';
import { readSeasonPair } from '../../shared/mentoring/use-cases/read-season-pair.ts';
import { wiring } from './wiring.ts';

export const getMentoringPair = routeModule(getMentoringPairRoute, async ({ identity, params }) => {
  const { pair, sessions, letter } = await readSeasonPair(wiring().mentoring, identity, params.seasonId, params.pairId);
  return { status: 200, body: { pair, sessions: [...sessions], ...(letter === undefined ? {} : { letter }) } };
});
