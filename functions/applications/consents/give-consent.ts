import { giveConsent as give } from '../../../shared/applicants/use-cases/give-consent.ts';
import { routeModule } from '../../../shared/platform/http/route-module.ts';
import { giveConsentRoute } from '../../../shared/applicants/routes.ts';
import { wiring } from '../wiring.ts';
import { applicantIdOf } from '../profile/applicant-id.ts';

export const giveConsent = routeModule(giveConsentRoute, async ({ identity, body }) => ({
  status: 201,
  body: await give(wiring().applicants, applicantIdOf(identity), body),
}));
