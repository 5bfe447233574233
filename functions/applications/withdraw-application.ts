import type { RouteImplementation } from '../../shared/platform/http/route.ts';
import type { withdrawApplicationRoute } from '../../shared/progression/routes.ts';
import { withdrawApplication as withdraw } from '../../shared/progression/use-cases/submission/withdraw-application.ts';
import { wiring } from './wiring.ts';

export const withdrawApplication: RouteImplementation<typeof withdrawApplicationRoute> = async ({ identity, params }) => ({
  status: 200,
  body: await withdraw(wiring().applications, identity, params.applicationId),
});
