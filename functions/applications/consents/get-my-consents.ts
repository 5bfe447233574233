import { readConsents } from '../../../shared/applicants/use-cases/read-consents.ts';
import { routeModule } from '../../../shared/platform/http/route-module.ts';
import { getMyConsentsRoute } from '../../../shared/applicants/routes.ts';
import { wiring } from '../wiring.ts';
import { applicantIdOf } from '../profile/applicant-id.ts';

export const getMyConsents = routeModule(getMyConsentsRoute, async ({ identity }) => ({
  status: 200,
  body: await readConsents(wiring().applicants, applicantIdOf(identity)),
}));
