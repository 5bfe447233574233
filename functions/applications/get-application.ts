import type { RouteImplementation } from '../../shared/platform/http/route.ts';
import type { getApplicationRoute } from '../../shared/applications/routes.ts';
import { readApplication } from '../../shared/applications/use-cases/read-application.ts';
import { wiring } from './wiring.ts';

export const getApplication: RouteImplementation<typeof getApplicationRoute> = async ({ identity, params }) => ({
  status: 200,
  body: await readApplication(wiring().applications, identity, params.applicationId),
});
