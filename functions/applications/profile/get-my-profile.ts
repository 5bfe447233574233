import { readProfile } from '../../../shared/applicants/use-cases/read-profile.ts';
import type { RouteImplementation } from '../../../shared/platform/http/route.ts';
import type { getMyProfileRoute } from '../../../shared/applicants/routes.ts';
import { wiring } from '../wiring.ts';
import { applicantIdOf } from './applicant-id.ts';

export const getMyProfile: RouteImplementation<typeof getMyProfileRoute> = async ({ identity }) => ({
  status: 200,
  body: await readProfile(wiring().applicants, applicantIdOf(identity)),
});
