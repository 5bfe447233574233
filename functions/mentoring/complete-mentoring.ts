import { routeModule } from '../../shared/platform/http/route-module.ts';
import { completeMentoringRoute } from '../../shared/mentoring/routes.ts';
import { completeMentoring as complete } from '../../shared/mentoring/use-cases/complete-mentoring.ts';
import { wiring } from './wiring.ts';

export const completeMentoring = routeModule(completeMentoringRoute, async ({ identity, params }) => ({
  status: 200,
  body: await complete(wiring().mentoring, identity, params.pairId),
}));
