import { saveProfile } from '../../../shared/applicants/use-cases/save-profile.ts';
import { routeModule } from '../../../shared/platform/http/route-module.ts';
import { saveMyProfileRoute } from '../../../shared/applicants/routes.ts';
import { wiring } from '../wiring.ts';
import { applicantIdOf } from './applicant-id.ts';

export const saveMyProfile = routeModule(saveMyProfileRoute, async ({ identity, body }) => {
  const { profile, created } = await saveProfile(wiring().applicants, applicantIdOf(identity), body);
  return { status: created ? 201 : 200, body: profile };
});
