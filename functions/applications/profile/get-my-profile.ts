import { readProfile } from '../../../shared/applicants/use-cases/read-profile.ts';
import { routeModule } from '../../../shared/platform/http/route-module.ts';
import { getMyProfileRoute } from '../../../shared/applicants/routes.ts';
import { wiring } from '../wiring.ts';
import { applicantIdOf } from './applicant-id.ts';

export const getMyProfile = routeModule(getMyProfileRoute, async ({ identity }) => ({
  status: 200,
  body: await readProfile(wiring().applicants, applicantIdOf(identity)),
}));
