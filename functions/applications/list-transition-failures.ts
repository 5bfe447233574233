import { routeModule } from '../../shared/platform/http/route-module.ts';
import { listTransitionFailuresRoute } from '../../shared/progression/routes.ts';
import { listTransitionFailures as list } from '../../shared/progression/use-cases/transitions/list-transition-failures.ts';
import { wiring } from './wiring.ts';

export const listTransitionFailures = routeModule(listTransitionFailuresRoute, async ({ identity, params }) => ({
  status: 200,
  body: { items: [...(await list(wiring().applications, identity, params.applicationId))] },
}));
