import { routeModule } from '../../shared/platform/http/route-module.ts';
import { matchMenteesRoute } from '../../shared/mentoring/routes.ts';
import { matchMentees as match } from '../../shared/mentoring/use-cases/match-mentees.ts';
import { wiring } from './wiring.ts';

export const matchMentees = routeModule(matchMenteesRoute, async ({ identity, params, body }) => ({
  status: 200,
  body: await match(wiring().mentoring, identity, params.seasonId, body),
}));
