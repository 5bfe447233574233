import { routeModule } from '../../shared/platform/http/route-module.ts';
import { createApplicationRoute } from '../../shared/applications/routes.ts';
import { createApplication as startDraft } from '../../shared/applications/use-cases/create-application.ts';
import { wiring } from './wiring.ts';

export const createApplication = routeModule(createApplicationRoute, async ({ identity, params }) => {
  const view = await startDraft(wiring().applications, identity, params.seasonId);
  return { status: 201, body: view, headers: { location: `/applications/${view.id}` } };
});
