import { routeModule } from '../../shared/platform/http/route-module.ts';
import { listReleasedApplications } from '../../shared/releases/use-cases/list-released-applications.ts';
import { machineClientReader } from '../../shared/releases/use-cases/release-reader.ts';
import { listPartnerApiReleasesRoute } from '../../shared/releases/routes.ts';
import { wiring } from './wiring.ts';

export const listPartnerApiReleases = routeModule(listPartnerApiReleasesRoute, async ({ identity, query, correlationId }) => {
  const deps = await wiring().releases();
  return { status: 200, body: await listReleasedApplications(deps, await machineClientReader(deps, identity), query, correlationId) };
});
