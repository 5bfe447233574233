import { routeModule } from '../../shared/platform/http/route-module.ts';
import { getApplicationRoute } from '../../shared/applications/routes.ts';
import { readApplication } from '../../shared/applications/use-cases/read-application.ts';
import { wiring } from './wiring.ts';

export const getApplication = routeModule(getApplicationRoute, async ({ identity, params }) => ({
  status: 200,
  body: await readApplication(wiring().applications, identity, params.applicationId),
}));
