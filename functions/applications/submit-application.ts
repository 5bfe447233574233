import { routeModule } from '../../shared/platform/http/route-module.ts';
import { submitApplicationRoute } from '../../shared/progression/routes.ts';
import { submitApplication as submit } from '../../shared/progression/use-cases/submission/submit-application.ts';
import { wiring } from './wiring.ts';

export const submitApplication = routeModule(submitApplicationRoute, async ({ identity, params, headers }) => {
  // The header schema has checked it; the lookup only narrows the type.
  const key = headers['idempotency-key'] ?? '';
  return { status: 200, body: await submit(wiring().applications, identity, params.applicationId, key) };
});
