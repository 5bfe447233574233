import { routeModule } from '../../shared/platform/http/route-module.ts';
import { saveMyMentorProfileRoute } from '../../shared/mentoring/routes.ts';
import { saveMentorProfile } from '../../shared/mentoring/use-cases/save-mentor-profile.ts';
import { wiring } from './wiring.ts';

export const saveMyMentorProfile = routeModule(saveMyMentorProfileRoute, async ({ identity, body }) => {
  const { created, profile } = await saveMentorProfile(wiring().mentoring, identity, body);
  return { status: created ? 201 : 200, body: profile };
});
