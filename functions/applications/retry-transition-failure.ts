import { routeModule } from '../../shared/platform/http/route-module.ts';
import { retryTransitionFailureRoute } from '../../shared/progression/routes.ts';
import { retryTransition } from '../../shared/progression/use-cases/transitions/retry-transition.ts';
import { wiring } from './wiring.ts';

export const retryTransitionFailure = routeModule(retryTransitionFailureRoute, async ({ identity, params }) => ({
  status: 202,
  body: await retryTransition(wiring().applications, identity, params.applicationId, params.failureId),
}));
