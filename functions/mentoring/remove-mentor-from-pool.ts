import { routeModule } from '../../shared/platform/http/route-module.ts';
import { removeMentorFromPoolRoute } from '../../shared/mentoring/routes.ts';
import { removePoolMentor } from '../../shared/mentoring/use-cases/remove-pool-mentor.ts';
import { wiring } from './wiring.ts';

export const removeMentorFromPool = routeModule(removeMentorFromPoolRoute, async ({ identity, params }) => {
  await removePoolMentor(wiring().mentoring, identity, params.seasonId, params.mentorId);
  return { status: 204 };
});
