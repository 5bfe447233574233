import { recordGuardianConsent as record } from '../../../shared/applicants/use-cases/record-guardian-consent.ts';
import { routeModule } from '../../../shared/platform/http/route-module.ts';
import { recordGuardianConsentRoute } from '../../../shared/applicants/routes.ts';
import { wiring } from '../wiring.ts';
import { applicantIdOf } from '../profile/applicant-id.ts';

export const recordGuardianConsent = routeModule(recordGuardianConsentRoute, async ({ identity, body }) => ({
  status: 201,
  body: await record(wiring().applicants, applicantIdOf(identity), body),
}));
