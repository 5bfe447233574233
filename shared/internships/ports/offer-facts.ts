import type { LocalisedText } from '../../platform/errors/app-error.ts';

/** What a placement's mail and view say of its offer. */
export interface OfferFacts {
  readonly id: string;
  readonly title: LocalisedText;
  readonly hostName: LocalisedText;
  readonly startsOn: string;
  readonly endsOn: string;
  readonly city?: string | undefined;
}

/** The season's offers a page of placements names, read together (the internships' offer records). */
export interface PlacementOffers {
  factsOf(seasonId: string, offerIds: readonly string[]): Promise<ReadonlyMap<string, OfferFacts>>;
}
