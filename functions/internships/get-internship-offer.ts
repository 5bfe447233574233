import { toInternshipOfferView } from '../../shared/internships/internship-offer-schema.ts';
import { getInternshipOfferRoute } from '../../shared/internships/routes.ts';
import { hostedOffer } from '../../shared/internships/use-cases/host-access.ts';
import { routeModule } from '../../shared/platform/http/route-module.ts';
import { wiring } from './wiring.ts';

export const getInternshipOffer = routeModule(getInternshipOfferRoute, async ({ identity, params }) => ({
  status: 200,
  body: toInternshipOfferView((await hostedOffer(wiring().internships, identity, params)).offer),
}));
