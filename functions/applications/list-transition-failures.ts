import type { RouteImplementation } from '../../shared/platform/http/route.ts';
import type { listTransitionFailuresRoute } from '../../shared/progression/routes.ts';
import { listTransitionFailures as list } from '../../shared/progression/use-cases/transitions/list-transition-failures.ts';
import { wiring } from './wiring.ts';

export const listTransitionFailures: RouteImplementation<typeof listTransitionFailuresRoute> = async ({ identity, params }) => ({
  status: 200,
  body: { items: [...(await list(wiring().applications, identity, params.applicationId))] },
});
