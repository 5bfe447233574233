import { recordGuardianConsent as record } from '../../../shared/applicants/use-cases/record-guardian-consent.ts';
import type { RouteImplementation } from '../../../shared/platform/http/route.ts';
import type { recordGuardianConsentRoute } from '../../../shared/applicants/routes.ts';
import { wiring } from '../wiring.ts';
import { applicantIdOf } from '../profile/applicant-id.ts';

export const recordGuardianConsent: RouteImplementation<typeof recordGuardianConsentRoute> = async ({ identity, body }) => ({
  status: 201,
  body: await record(wiring().applicants, applicantIdOf(identity), body),
});
