import { routeModule } from '../../shared/platform/http/route-module.ts';
import { dissolveTeamRoute } from '../../shared/teams/routes.ts';
import { dissolveTeam as dissolve } from '../../shared/teams/use-cases/dissolve-team.ts';
import { wiring } from './wiring.ts';

export const dissolveTeam = routeModule(dissolveTeamRoute, async ({ identity, params }) => {
  await dissolve(wiring().applications, identity, params.seasonId, params.teamId);
  return { status: 204 };
});
