import { saveInternshipOfferRoute } from '../../shared/internships/routes.ts';
import { saveInternshipOffer as save } from '../../shared/internships/use-cases/save-internship-offer.ts';
import { routeModule } from '../../shared/platform/http/route-module.ts';
import { wiring } from './wiring.ts';

export const saveInternshipOffer = routeModule(saveInternshipOfferRoute, async ({ identity, params, body }) => {
  const { created, offer } = await save(wiring().internships, identity, params, body);
  return { status: created ? 201 : 200, body: offer };
});
