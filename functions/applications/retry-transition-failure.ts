import type { RouteImplementation } from '../../shared/platform/http/route.ts';
import type { retryTransitionFailureRoute } from '../../shared/progression/routes.ts';
import { retryTransition } from '../../shared/progression/transitions/retry-transition.ts';
import { caller } from './caller.ts';
import { applications } from './dependencies.ts';

export const retryTransitionFailure: RouteImplementation<typeof retryTransitionFailureRoute> = async ({ identity, params }) => ({
  status: 202,
  body: await retryTransition(applications, caller(identity), params.applicationId, params.failureId),
});
