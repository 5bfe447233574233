import { routeModule } from '../../shared/platform/http/route-module.ts';
import { listApplicationReleases as list } from '../../shared/releases/use-cases/list-application-releases.ts';
import { listApplicationReleasesRoute } from '../../shared/releases/routes.ts';
import { wiring } from './wiring.ts';

export const listApplicationReleases = routeModule(listApplicationReleasesRoute, async ({ identity, params }) => ({
  status: 200,
  body: await list(await wiring().releases(), identity, params.applicationId),
}));
