import { routeModule } from '../../shared/platform/http/route-module.ts';
import { unassignExpertRoute } from '../../shared/documents/routes.ts';
import { unassignExpert as unassign } from '../../shared/documents/use-cases/unassign-expert.ts';
import { wiring } from './wiring.ts';

export const unassignExpert = routeModule(unassignExpertRoute, async ({ identity, params }) => {
  await unassign(wiring().documents, identity, params.applicationId, params.expertId);
  return { status: 204 };
});
