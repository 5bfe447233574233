import type { ApplicantDependencies } from '../../../shared/applicants/use-cases/applicant-dependencies.ts';
import { readProfile } from '../../../shared/applicants/use-cases/read-profile.ts';
import type { RouteImplementation } from '../../../shared/platform/http/route.ts';
import type { getMyProfileRoute } from '../../../shared/applicants/routes.ts';
import { applicantIdOf } from './applicant-id.ts';

export const getMyProfile =
  (deps: Pick<ApplicantDependencies, 'profiles'>): RouteImplementation<typeof getMyProfileRoute> =>
  async ({ identity }) => ({ status: 200, body: await readProfile(deps, applicantIdOf(identity)) });
