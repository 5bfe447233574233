import { routeModule } from '../../shared/platform/http/route-module.ts';
import { withdrawApplicationRoute } from '../../shared/progression/routes.ts';
import { withdrawApplication as withdraw } from '../../shared/progression/use-cases/submission/withdraw-application.ts';
import { wiring } from './wiring.ts';

export const withdrawApplication = routeModule(withdrawApplicationRoute, async ({ identity, params }) => ({
  status: 200,
  body: await withdraw(wiring().applications, identity, params.applicationId),
}));
