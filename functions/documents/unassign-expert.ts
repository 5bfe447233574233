import type { RouteImplementation } from '../../shared/platform/http/route.ts';
import type { unassignExpertRoute } from '../../shared/documents/routes.ts';
import { unassignExpert as unassign } from '../../shared/documents/use-cases/unassign-expert.ts';
import { wiring } from './wiring.ts';

export const unassignExpert: RouteImplementation<typeof unassignExpertRoute> = async ({ identity, params }) => {
  await unassign(wiring().documents, identity, params.applicationId, params.expertId);
  return { status: 204 };
};
