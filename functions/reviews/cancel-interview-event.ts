import { cancelInterviewEventRoute } from '../../shared/interviews/routes.ts';
import { cancelInterviewEvent as cancel } from '../../shared/interviews/use-cases/cancel-interview-event.ts';
import { routeModule } from '../../shared/platform/http/route-module.ts';
import { wiring } from './wiring.ts';

export const cancelInterviewEvent = routeModule(cancelInterviewEventRoute, async ({ identity, params, query }) => ({
  status: 200,
  body: await cancel(wiring().interviews, identity, params, query.version),
}));
