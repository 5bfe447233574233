import { getInterviewEventRoute } from '../../shared/interviews/routes.ts';
import { runEvent } from '../../shared/interviews/use-cases/event-access.ts';
import { routeModule } from '../../shared/platform/http/route-module.ts';
import { wiring } from './wiring.ts';

export const getInterviewEvent = routeModule(getInterviewEventRoute, async ({ identity, params }) => ({
  status: 200,
  body: await runEvent(wiring().interviews, identity, params),
}));
