import { routeModule } from '../../shared/platform/http/route-module.ts';
import { listMyApplicationsRoute } from '../../shared/applications/routes.ts';
import { listMyApplications as listMine } from '../../shared/applications/use-cases/list-my-applications.ts';
import { wiring } from './wiring.ts';

export const listMyApplications = routeModule(listMyApplicationsRoute, async ({ identity, query }) => ({
  status: 200,
  body: await listMine(wiring().applications, identity, query),
}));
