import type { ApplicantDependencies } from '../../../shared/applicants/use-cases/applicant-dependencies.ts';
import { giveConsent as give } from '../../../shared/applicants/use-cases/give-consent.ts';
import type { RouteImplementation } from '../../../shared/platform/http/route.ts';
import type { giveConsentRoute } from '../../../shared/applicants/routes.ts';
import { applicantIdOf } from '../profile/applicant-id.ts';

export const giveConsent =
  (deps: Pick<ApplicantDependencies, 'consents' | 'clock'>): RouteImplementation<typeof giveConsentRoute> =>
  async ({ identity, body }) => ({ status: 201, body: await give(deps, applicantIdOf(identity), body) });
