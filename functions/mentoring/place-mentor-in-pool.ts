import { routeModule } from '../../shared/platform/http/route-module.ts';
import { placeMentorInPoolRoute } from '../../shared/mentoring/routes.ts';
import { placePoolMentor } from '../../shared/mentoring/use-cases/place-pool-mentor.ts';
import { wiring } from './wiring.ts';

export const placeMentorInPool = routeModule(placeMentorInPoolRoute, async ({ identity, params, body }) => ({
  status: 200,
  body: await placePoolMentor(wiring().mentoring, identity, params.seasonId, params.mentorId, body),
}));
