import { routeModule } from '../../shared/platform/http/route-module.ts';
import { listMyMentoringSessionsRoute } from '../../shared/mentoring/routes.ts';
import { listPairSessions } from '../../shared/mentoring/use-cases/list-pair-sessions.ts';
import { wiring } from './wiring.ts';

export const listMyMentoringSessions = routeModule(listMyMentoringSessionsRoute, async ({ identity, params }) => ({
  status: 200,
  body: { items: [...(await listPairSessions(wiring().mentoring, identity, params.pairId))] },
}));
