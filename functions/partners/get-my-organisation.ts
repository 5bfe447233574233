import { routeModule } from '../../shared/platform/http/route-module.ts';
import { partnerOrganisationView } from '../../shared/partners/partner-organisation-view.ts';
import { getMyOrganisationRoute } from '../../shared/partners/routes.ts';
import { wiring } from './wiring.ts';

export const getMyOrganisation = routeModule(getMyOrganisationRoute, async ({ identity }) => ({
  status: 200,
  body: partnerOrganisationView(await wiring().resolver.resolve(identity)),
}));
