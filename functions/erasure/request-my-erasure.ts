import { routeModule } from '../../shared/platform/http/route-module.ts';
import { requestMyErasureRoute } from '../../shared/erasure/routes.ts';
import { requestMyErasure as request } from '../../shared/erasure/use-cases/request-my-erasure.ts';
import { wiring } from './wiring.ts';

export const requestMyErasure = routeModule(requestMyErasureRoute, async ({ identity, body }) => {
  const opened = await request(wiring().erasure, identity, body);
  return { status: opened.created ? 202 : 200, body: opened.request };
});
