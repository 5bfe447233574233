import { routeModule } from '../../shared/platform/http/route-module.ts';
import { requestApplicationTransitionRoute } from '../../shared/progression/routes.ts';
import { requestTransition } from '../../shared/progression/use-cases/transitions/request-transition.ts';
import { wiring } from './wiring.ts';

export const requestApplicationTransition = routeModule(requestApplicationTransitionRoute, async ({ identity, params, body }) => ({
  status: 202,
  body: await requestTransition(wiring().applications, identity, params.applicationId, body),
}));
