import { routeModule } from '../../shared/platform/http/route-module.ts';
import { putTeamRoute } from '../../shared/teams/routes.ts';
import { saveTeam } from '../../shared/teams/use-cases/save-team.ts';
import { wiring } from './wiring.ts';

export const putTeam = routeModule(putTeamRoute, async ({ identity, params, body }) => ({
  status: 200,
  body: await saveTeam(wiring().applications, identity, params.seasonId, params.teamId, body),
}));
