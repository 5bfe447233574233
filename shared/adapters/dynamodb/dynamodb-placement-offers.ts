import type { InternshipStore } from '../../internships/ports/internship-store.ts';
import type { PlacementOffers } from '../../internships/ports/offer-facts.ts';

/** What placements say of their offers, from the internships' offer records (one BatchGet per 100 offers). */
export const placementOffersFrom = (store: Pick<InternshipStore, 'findOffers'>): PlacementOffers => ({
  factsOf: async (seasonId, offerIds) => {
    const offers = await store.findOffers(seasonId, offerIds);
    return new Map(
      [...offers.values()].map((offer) => [
        offer.id,
        {
          id: offer.id,
          title: offer.title,
          hostName: offer.hostName,
          startsOn: offer.startsOn,
          endsOn: offer.endsOn,
          ...(offer.city === undefined ? {} : { city: offer.city }),
        },
      ]),
    );
  },
});
