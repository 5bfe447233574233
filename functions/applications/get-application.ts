import type { RouteImplementation } from '../../shared/platform/http/route.ts';
import type { getApplicationRoute } from '../../shared/applications/routes.ts';
import { readApplication } from '../../shared/applications/use-cases/read-application.ts';
import { applications } from './dependencies.ts';

export const getApplication: RouteImplementation<typeof getApplicationRoute> = async ({ identity, params }) => ({
  status: 200,
  body: await readApplication(applications, identity, params.applicationId),
});
