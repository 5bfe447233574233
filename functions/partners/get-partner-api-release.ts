import { routeModule } from '../../shared/platform/http/route-module.ts';
import { readReleasedApplication } from '../../shared/releases/use-cases/list-released-applications.ts';
import { machineClientReader } from '../../shared/releases/use-cases/release-reader.ts';
import { getPartnerApiReleaseRoute } from '../../shared/releases/routes.ts';
import { wiring } from './wiring.ts';

export const getPartnerApiRelease = routeModule(getPartnerApiReleaseRoute, async ({ identity, params, correlationId }) => {
  const deps = await wiring().releases();
  return {
    status: 200,
    body: await readReleasedApplication(deps, await machineClientReader(deps, identity), params.releaseId, correlationId),
  };
});
