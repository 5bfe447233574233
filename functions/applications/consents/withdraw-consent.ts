import type { ApplicantDependencies } from '../../../shared/applicants/use-cases/applicant-dependencies.ts';
import { withdrawConsent as withdraw } from '../../../shared/applicants/use-cases/withdraw-consent.ts';
import type { RouteImplementation } from '../../../shared/platform/http/route.ts';
import type { withdrawConsentRoute } from '../../../shared/applicants/routes.ts';
import { applicantIdOf } from '../profile/applicant-id.ts';

export const withdrawConsent =
  (deps: Pick<ApplicantDependencies, 'consents' | 'clock'>): RouteImplementation<typeof withdrawConsentRoute> =>
  async ({ identity }) => ({ status: 201, body: await withdraw(deps, applicantIdOf(identity)) });
