import { routeModule } from '../../shared/platform/http/route-module.ts';
import { logMentoringSessionRoute } from '../../shared/mentoring/routes.ts';
import { logSession } from '../../shared/mentoring/use-cases/log-session.ts';
import { wiring } from './wiring.ts';

export const logMentoringSession = routeModule(logMentoringSessionRoute, async ({ identity, params, body }) => ({
  status: 201,
  body: await logSession(wiring().mentoring, identity, params.pairId, body),
}));
