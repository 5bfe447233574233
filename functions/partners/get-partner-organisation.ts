import { routeModule } from '../../shared/platform/http/route-module.ts';
import { partnerOrganisationView } from '../../shared/partners/partner-organisation-view.ts';
import { getPartnerOrganisationRoute } from '../../shared/partners/routes.ts';
import { readPartnerOrganisation } from '../../shared/partners/use-cases/read-partner-organisation.ts';
import { wiring } from './wiring.ts';

export const getPartnerOrganisation = routeModule(getPartnerOrganisationRoute, async ({ identity, params }) => ({
  status: 200,
  body: partnerOrganisationView(await readPartnerOrganisation(wiring().partners, identity, params.organisationId)),
}));
