import { routeModule } from '../../shared/platform/http/route-module.ts';
import { listMyDisclosures as list } from '../../shared/releases/use-cases/list-disclosures.ts';
import { listMyDisclosuresRoute } from '../../shared/releases/routes.ts';
import { wiring } from './wiring.ts';

/** Keyed by the token's subject alone: there is no applicant id in the path to name anyone else. */
export const listMyDisclosures = routeModule(listMyDisclosuresRoute, async ({ identity, query }) => ({
  status: 200,
  body: await list(await wiring().releases(), identity.subject, query),
}));
