import { routeModule } from '../../shared/platform/http/route-module.ts';
import { updateApplicationRoute } from '../../shared/applications/routes.ts';
import { updateDraft } from '../../shared/applications/use-cases/update-draft.ts';
import { wiring } from './wiring.ts';

export const updateApplication = routeModule(updateApplicationRoute, async ({ identity, params, body }) => ({
  status: 200,
  body: await updateDraft(wiring().applications, identity, params.applicationId, body),
}));
