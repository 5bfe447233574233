import type { RouteImplementation } from '../../shared/http/route.ts';
import type { withdrawApplicationRoute } from '../../shared/routes/application-routes.ts';
import { withdrawApplication as withdraw } from '../../shared/applications/use-cases/withdraw-application.ts';
import { caller } from './caller.ts';
import { applications } from './dependencies.ts';

export const withdrawApplication: RouteImplementation<typeof withdrawApplicationRoute> = async ({ identity, params }) => ({
  status: 200,
  body: await withdraw(applications, caller(identity), params.applicationId),
});
