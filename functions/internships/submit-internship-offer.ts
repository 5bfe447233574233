import { submitInternshipOfferRoute } from '../../shared/internships/routes.ts';
import { changeOfferStatus } from '../../shared/internships/use-cases/change-offer-status.ts';
import { routeModule } from '../../shared/platform/http/route-module.ts';
import { wiring } from './wiring.ts';

export const submitInternshipOffer = routeModule(submitInternshipOfferRoute, async ({ identity, params, body }) => ({
  status: 200,
  body: await changeOfferStatus(wiring().internships, identity, params, 'submit', body),
}));
