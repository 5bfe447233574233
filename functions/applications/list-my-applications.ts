import type { RouteImplementation } from '../../shared/platform/http/route.ts';
import type { listMyApplicationsRoute } from '../../shared/applications/routes.ts';
import { listMyApplications as listMine } from '../../shared/applications/use-cases/list-my-applications.ts';
import { wiring } from './wiring.ts';

export const listMyApplications: RouteImplementation<typeof listMyApplicationsRoute> = async ({ identity, query }) => ({
  status: 200,
  body: await listMine(wiring().applications, identity, query),
});
