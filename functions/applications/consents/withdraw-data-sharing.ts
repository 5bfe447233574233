import { withdrawDataSharing as withdraw } from '../../../shared/applicants/use-cases/withdraw-data-sharing.ts';
import { routeModule } from '../../../shared/platform/http/route-module.ts';
import { withdrawDataSharingRoute } from '../../../shared/applicants/routes.ts';
import { wiring } from '../wiring.ts';
import { applicantIdOf } from '../profile/applicant-id.ts';

export const withdrawDataSharing = routeModule(withdrawDataSharingRoute, async ({ identity, body }) => ({
  status: 201,
  body: await withdraw(wiring().applicants, applicantIdOf(identity), body),
}));
