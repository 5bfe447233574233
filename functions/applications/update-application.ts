import type { RouteImplementation } from '../../shared/platform/http/route.ts';
import type { updateApplicationRoute } from '../../shared/applications/routes.ts';
import { updateDraft } from '../../shared/applications/use-cases/update-draft.ts';
import { wiring } from './wiring.ts';

export const updateApplication: RouteImplementation<typeof updateApplicationRoute> = async ({ identity, params, body }) => ({
  status: 200,
  body: await updateDraft(wiring().applications, identity, params.applicationId, body),
});
