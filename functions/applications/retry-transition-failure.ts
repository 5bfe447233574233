import type { RouteImplementation } from '../../shared/platform/http/route.ts';
import type { retryTransitionFailureRoute } from '../../shared/progression/routes.ts';
import { retryTransition } from '../../shared/progression/use-cases/transitions/retry-transition.ts';
import { wiring } from './wiring.ts';

export const retryTransitionFailure: RouteImplementation<typeof retryTransitionFailureRoute> = async ({ identity, params }) => ({
  status: 202,
  body: await retryTransition(wiring().applications, identity, params.applicationId, params.failureId),
});
