import type { RouteImplementation } from '../../shared/platform/http/route.ts';
import type { getTeamRoute } from '../../shared/teams/routes.ts';
import { readTeam } from '../../shared/teams/use-cases/read-team.ts';
import { wiring } from './wiring.ts';

export const getTeam: RouteImplementation<typeof getTeamRoute> = async ({ identity, params }) => ({
  status: 200,
  body: await readTeam(wiring().applications, identity, params.seasonId, params.teamId),
});
