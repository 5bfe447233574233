import { readConsents } from '../../../shared/applicants/use-cases/read-consents.ts';
import type { RouteImplementation } from '../../../shared/platform/http/route.ts';
import type { getMyConsentsRoute } from '../../../shared/applicants/routes.ts';
import { wiring } from '../wiring.ts';
import { applicantIdOf } from '../profile/applicant-id.ts';

export const getMyConsents: RouteImplementation<typeof getMyConsentsRoute> = async ({ identity }) => ({
  status: 200,
  body: await readConsents(wiring().applicants, applicantIdOf(identity)),
});
