import { routeModule } from '../../shared/platform/http/route-module.ts';
import { getMyMentorProfileRoute } from '../../shared/mentoring/routes.ts';
import { readMentorProfile } from '../../shared/mentoring/use-cases/read-mentor-profile.ts';
import { wiring } from './wiring.ts';

export const getMyMentorProfile = routeModule(getMyMentorProfileRoute, async ({ identity }) => ({
  status: 200,
  body: await readMentorProfile(wiring().mentoring, identity),
}));
