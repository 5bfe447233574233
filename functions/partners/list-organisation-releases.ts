import { routeModule } from '../../shared/platform/http/route-module.ts';
import { listReleasedApplications } from '../../shared/releases/use-cases/list-released-applications.ts';
import { partnerReader } from '../../shared/releases/use-cases/release-reader.ts';
import { listOrganisationReleasesRoute } from '../../shared/releases/routes.ts';
import { wiring } from './wiring.ts';

export const listOrganisationReleases = routeModule(listOrganisationReleasesRoute, async ({ identity, params, query, correlationId }) => {
  const deps = await wiring().releases();
  const reader = await partnerReader(deps, identity, params.organisationId);
  return { status: 200, body: await listReleasedApplications(deps, reader, query, correlationId) };
});
