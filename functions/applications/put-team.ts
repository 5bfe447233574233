import type { RouteImplementation } from '../../shared/platform/http/route.ts';
import type { putTeamRoute } from '../../shared/teams/routes.ts';
import { saveTeam } from '../../shared/teams/use-cases/save-team.ts';
import { caller } from './caller.ts';
import { applications } from './dependencies.ts';

export const putTeam: RouteImplementation<typeof putTeamRoute> = async ({ identity, params, body }) => ({
  status: 200,
  body: await saveTeam(applications, caller(identity), params.seasonId, params.teamId, body),
});
