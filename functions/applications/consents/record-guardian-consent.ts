import type { ApplicantDependencies } from '../../../shared/applicants/use-cases/applicant-dependencies.ts';
import { recordGuardianConsent as record } from '../../../shared/applicants/use-cases/record-guardian-consent.ts';
import type { RouteImplementation } from '../../../shared/platform/http/route.ts';
import type { recordGuardianConsentRoute } from '../../../shared/applicants/routes.ts';
import { applicantIdOf } from '../profile/applicant-id.ts';

export const recordGuardianConsent =
  (deps: Pick<ApplicantDependencies, 'consents' | 'clock'>): RouteImplementation<typeof recordGuardianConsentRoute> =>
  async ({ identity, body }) => ({ status: 201, body: await record(deps, applicantIdOf(identity), body) });
