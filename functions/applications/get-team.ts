import { routeModule } from '../../shared/platform/http/route-module.ts';
import { getTeamRoute } from '../../shared/teams/routes.ts';
import { readTeam } from '../../shared/teams/use-cases/read-team.ts';
import { wiring } from './wiring.ts';

export const getTeam = routeModule(getTeamRoute, async ({ identity, params }) => ({
  status: 200,
  body: await readTeam(wiring().applications, identity, params.seasonId, params.teamId),
}));
