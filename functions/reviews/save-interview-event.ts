import { saveInterviewEventRoute } from '../../shared/interviews/routes.ts';
import { saveInterviewEvent as save } from '../../shared/interviews/use-cases/save-interview-event.ts';
import { routeModule } from '../../shared/platform/http/route-module.ts';
import { wiring } from './wiring.ts';

export const saveInterviewEvent = routeModule(saveInterviewEventRoute, async ({ identity, params, body }) => {
  const { created, event } = await save(wiring().interviews, identity, params, body);
  return { status: created ? 201 : 200, body: event };
});
