import { routeModule } from '../../shared/platform/http/route-module.ts';
import { getErasureRequestRoute } from '../../shared/erasure/routes.ts';
import { readErasureRequest } from '../../shared/erasure/use-cases/read-erasure-requests.ts';
import { wiring } from './wiring.ts';

export const getErasureRequest = routeModule(getErasureRequestRoute, async ({ identity, params }) => ({
  status: 200,
  body: await readErasureRequest(wiring().erasure, identity, params.requestId),
}));
