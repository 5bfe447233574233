import { routeModule } from '../../shared/platform/http/route-module.ts';
import { respondToMentoringInvitationRoute } from '../../shared/mentoring/routes.ts';
import { respondToInvitation } from '../../shared/mentoring/use-cases/respond-to-invitation.ts';
import { wiring } from './wiring.ts';

export const respondToMentoringInvitation = routeModule(respondToMentoringInvitationRoute, async ({ identity, params, body }) => ({
  status: 200,
  body: await respondToInvitation(wiring().mentoring, identity, params.applicationId, body),
}));
