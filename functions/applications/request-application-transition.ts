import type { RouteImplementation } from '../../shared/http/route.ts';
import type { requestApplicationTransitionRoute } from '../../shared/routes/application-routes.ts';
import { requestTransition } from '../../shared/applications/use-cases/request-transition.ts';
import { caller } from './caller.ts';
import { applications } from './dependencies.ts';

export const requestApplicationTransition: RouteImplementation<typeof requestApplicationTransitionRoute> = async ({ identity, params, body }) => ({
  status: 202,
  body: await requestTransition(applications, caller(identity), params.applicationId, body),
});
