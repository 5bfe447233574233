import { routeModule } from '../../shared/platform/http/route-module.ts';
import { listErasureRequestsRoute } from '../../shared/erasure/routes.ts';
import { listErasureRequests as list } from '../../shared/erasure/use-cases/read-erasure-requests.ts';
import { wiring } from './wiring.ts';

export const listErasureRequests = routeModule(listErasureRequestsRoute, async ({ identity, query }) => ({
  status: 200,
  body: await list(wiring().erasure, identity, query),
}));
