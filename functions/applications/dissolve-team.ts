import type { RouteImplementation } from '../../shared/platform/http/route.ts';
import type { dissolveTeamRoute } from '../../shared/teams/routes.ts';
import { dissolveTeam as dissolve } from '../../shared/teams/use-cases/dissolve-team.ts';
import { caller } from './caller.ts';
import { applications } from './dependencies.ts';

export const dissolveTeam: RouteImplementation<typeof dissolveTeamRoute> = async ({ identity, params }) => {
  await dissolve(applications, caller(identity), params.seasonId, params.teamId);
  return { status: 204 };
};
