import { routeModule } from '../../shared/platform/http/route-module.ts';
import { getMyErasureRequestRoute } from '../../shared/erasure/routes.ts';
import { readMyErasureRequest } from '../../shared/erasure/use-cases/read-erasure-requests.ts';
import { wiring } from './wiring.ts';

export const getMyErasureRequest = routeModule(getMyErasureRequestRoute, async ({ identity, params }) => ({
  status: 200,
  body: await readMyErasureRequest(wiring().erasure, identity, params.requestId),
}));
