import type { ApplicantDependencies } from '../../../shared/applicants/use-cases/applicant-dependencies.ts';
import { readConsents } from '../../../shared/applicants/use-cases/read-consents.ts';
import type { RouteImplementation } from '../../../shared/platform/http/route.ts';
import type { getMyConsentsRoute } from '../../../shared/applicants/routes.ts';
import { applicantIdOf } from '../profile/applicant-id.ts';

export const getMyConsents =
  (deps: Pick<ApplicantDependencies, 'consents'>): RouteImplementation<typeof getMyConsentsRoute> =>
  async ({ identity }) => ({ status: 200, body: await readConsents(deps, applicantIdOf(identity)) });
