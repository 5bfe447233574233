import { getCandidateRankingRoute } from '../../shared/internships/routes.ts';
import { readCandidateRanking } from '../../shared/internships/use-cases/candidate-ranking.ts';
import { routeModule } from '../../shared/platform/http/route-module.ts';
import { wiring } from './wiring.ts';

export const getCandidateRanking = routeModule(getCandidateRankingRoute, async ({ identity, params }) => ({
  status: 200,
  body: await readCandidateRanking(wiring().internships, identity, params),
}));
