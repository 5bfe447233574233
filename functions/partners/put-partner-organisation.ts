import { routeModule } from '../../shared/platform/http/route-module.ts';
import { partnerOrganisationView } from '../../shared/partners/partner-organisation-view.ts';
import { savePartnerOrganisationRoute } from '../../shared/partners/routes.ts';
import { savePartnerOrganisation } from '../../shared/partners/use-cases/save-partner-organisation.ts';
import { wiring } from './wiring.ts';

export const putPartnerOrganisation = routeModule(savePartnerOrganisationRoute, async ({ identity, params, body }) => {
  const { created, organisation } = await savePartnerOrganisation(wiring().partners, identity, params.organisationId, body);
  return { status: created ? 201 : 200, body: partnerOrganisationView(organisation) };
});
