import { routeModule } from '../../shared/platform/http/route-module.ts';
import { listSeasonWorkflowFailuresRoute } from '../../shared/catalogue/routes.ts';
import { listWorkflowFailures } from '../../shared/catalogue/use-cases/list-workflow-failures.ts';
import { wiring } from './wiring.ts';

export const listSeasonWorkflowFailures = routeModule(listSeasonWorkflowFailuresRoute, async ({ identity, params, query }) => ({
  status: 200,
  body: await listWorkflowFailures(wiring().catalogue, identity, params.seasonId, query),
}));
