import { withdrawConsent as withdraw } from '../../../shared/applicants/use-cases/withdraw-consent.ts';
import { routeModule } from '../../../shared/platform/http/route-module.ts';
import { withdrawConsentRoute } from '../../../shared/applicants/routes.ts';
import { wiring } from '../wiring.ts';
import { applicantIdOf } from '../profile/applicant-id.ts';

export const withdrawConsent = routeModule(withdrawConsentRoute, async ({ identity }) => ({
  status: 201,
  body: await withdraw(wiring().applicants, applicantIdOf(identity)),
}));
