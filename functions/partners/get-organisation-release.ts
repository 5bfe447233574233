import { routeModule } from '../../shared/platform/http/route-module.ts';
import { readReleasedApplication } from '../../shared/releases/use-cases/list-released-applications.ts';
import { partnerReader } from '../../shared/releases/use-cases/release-reader.ts';
import { getOrganisationReleaseRoute } from '../../shared/releases/routes.ts';
import { wiring } from './wiring.ts';

export const getOrganisationRelease = routeModule(getOrganisationReleaseRoute, async ({ identity, params, correlationId }) => {
  const deps = await wiring().releases();
  const reader = await partnerReader(deps, identity, params.organisationId);
  return { status: 200, body: await readReleasedApplication(deps, reader, params.releaseId, correlationId) };
});
