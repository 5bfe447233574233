import { routeModule } from '../../shared/platform/http/route-module.ts';
import { assignExpertRoute } from '../../shared/documents/routes.ts';
import { assignExpert as assign } from '../../shared/documents/use-cases/assign-expert.ts';
import { wiring } from './wiring.ts';

export const assignExpert = routeModule(assignExpertRoute, async ({ identity, params }) => {
  await assign(wiring().documents, identity, params.applicationId, params.expertId);
  return { status: 204 };
});
