import { routeModule } from '../../shared/platform/http/route-module.ts';
import { partnerOrganisationView } from '../../shared/partners/partner-organisation-view.ts';
import { listPartnerOrganisationsRoute } from '../../shared/partners/routes.ts';
import { listPartnerOrganisations as listOrganisations } from '../../shared/partners/use-cases/list-partner-organisations.ts';
import { wiring } from './wiring.ts';

export const listPartnerOrganisations = routeModule(listPartnerOrganisationsRoute, async ({ query }) => {
  const { region, kind, limit, cursor } = query;
  const page = await listOrganisations(wiring().partners, { region, kind }, { limit, cursor });
  return { status: 200, body: { items: page.items.map(partnerOrganisationView), nextCursor: page.nextCursor } };
});
