import type { RouteImplementation } from '../../shared/http/route.ts';
import type { retryTransitionFailureRoute } from '../../shared/routes/application-routes.ts';
import { retryTransition } from '../../shared/applications/use-cases/retry-transition.ts';
import { caller } from './caller.ts';
import { applications } from './dependencies.ts';

export const retryTransitionFailure: RouteImplementation<typeof retryTransitionFailureRoute> = async ({ identity, params }) => ({
  status: 202,
  body: await retryTransition(applications, caller(identity), params.applicationId, params.failureId),
});
