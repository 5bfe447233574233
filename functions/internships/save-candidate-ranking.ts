import { saveCandidateRankingRoute } from '../../shared/internships/routes.ts';
import { saveCandidateRanking as save } from '../../shared/internships/use-cases/candidate-ranking.ts';
import { routeModule } from '../../shared/platform/http/route-module.ts';
import { wiring } from './wiring.ts';

export const saveCandidateRanking = routeModule(saveCandidateRankingRoute, async ({ identity, params, body }) => ({
  status: 200,
  body: await save(wiring().internships, identity, params, body),
}));
