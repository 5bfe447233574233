import { routeModule } from '../../shared/platform/http/route-module.ts';
import { listApplicationMentoringSessionsRoute } from '../../shared/mentoring/routes.ts';
import { listApplicationSessions } from '../../shared/mentoring/use-cases/list-application-sessions.ts';
import { wiring } from './wiring.ts';

export const listApplicationMentoringSessions = routeModule(listApplicationMentoringSessionsRoute, async ({ identity, params }) => ({
  status: 200,
  body: { items: [...(await listApplicationSessions(wiring().mentoring, identity, params.applicationId))] },
}));
