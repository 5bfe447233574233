import type { RouteImplementation } from '../../shared/platform/http/route.ts';
import type { requestApplicationTransitionRoute } from '../../shared/progression/routes.ts';
import { requestTransition } from '../../shared/progression/use-cases/transitions/request-transition.ts';
import { wiring } from './wiring.ts';

export const requestApplicationTransition: RouteImplementation<typeof requestApplicationTransitionRoute> = async ({
  identity,
  params,
  body,
}) => ({
  status: 202,
  body: await requestTransition(wiring().applications, identity, params.applicationId, body),
});
