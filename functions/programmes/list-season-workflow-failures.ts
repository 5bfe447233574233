import type { RouteImplementation } from '../../shared/http/route.ts';
import type { listSeasonWorkflowFailuresRoute } from '../../shared/routes/programme-routes.ts';
import { listWorkflowFailures } from '../../shared/programmes/use-cases/list-workflow-failures.ts';
import { catalogue } from './dependencies.ts';

export const listSeasonWorkflowFailures: RouteImplementation<typeof listSeasonWorkflowFailuresRoute> = async ({ identity, params, query }) => ({
  status: 200,
  body: await listWorkflowFailures(catalogue, identity, params.seasonId, query),
});
