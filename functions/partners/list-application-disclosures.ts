import { routeModule } from '../../shared/platform/http/route-module.ts';
import { listApplicationDisclosures as list } from '../../shared/releases/use-cases/list-disclosures.ts';
import { listApplicationDisclosuresRoute } from '../../shared/releases/routes.ts';
import { wiring } from './wiring.ts';

export const listApplicationDisclosures = routeModule(listApplicationDisclosuresRoute, async ({ identity, params, query }) => ({
  status: 200,
  body: await list(await wiring().releases(), identity, params.applicationId, query),
}));
