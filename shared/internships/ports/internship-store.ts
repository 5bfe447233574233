import type { Page, PageRequest } from '../../platform/paging/page.ts';
import type { CandidateRanking } from '../candidate-ranking-schema.ts';
import type { CountedOffer, InternshipOffer, InternshipOfferStatus } from '../internship-offer-schema.ts';
import type { InternshipChoice, InternshipPreferences } from '../internship-preferences-schema.ts';

export type VersionedWriteOutcome<T> =
  | { readonly written: true; readonly record: T }
  | { readonly written: false; readonly currentVersion: number };

/**
 * An offer's save: written, refused on its version, or refused because it would leave fewer seats
 * than its placements hold (the counters placements keep on the offer: `held`, of which `accepted`).
 */
export type OfferWriteOutcome =
  | { readonly written: true; readonly record: CountedOffer }
  | { readonly written: false; readonly reason: 'version-conflict'; readonly currentVersion: number }
  | { readonly written: false; readonly reason: 'seats-below-taken'; readonly held: number; readonly accepted: number };

export type PreferencesWriteOutcome =
  | { readonly written: true; readonly preferences: InternshipPreferences }
  | { readonly written: false; readonly reason: 'version-conflict'; readonly currentVersion: number }
  /** The application is no longer in the stage the preferences are for. */
  | { readonly written: false; readonly reason: 'stage-changed' };

export interface OfferListFilter {
  readonly status?: InternshipOfferStatus | undefined;
  readonly level?: string | undefined;
  readonly region?: string | undefined;
  /** A host organisation's offers only. */
  readonly host?: string | undefined;
  /** Only offers this track may rank (an offer without tracks is open to all); `null`: an application without a track. */
  readonly openToTrack?: string | null | undefined;
}

/**
 * Internship offers, their hosts' rankings, applicants' preferences and each offer's candidate pool.
 * A preferences save is one transaction with the pool entries of its choices, so the pool always
 * holds exactly the applications whose stored preferences name the offer.
 */
export interface InternshipStore {
  /** An offer with its placements' seat counters (0 before any placement). */
  findOffer(seasonId: string, offerId: string): Promise<CountedOffer | undefined>;
  /** Several offers of a season by id; missing ones are absent. */
  findOffers(seasonId: string, offerIds: readonly string[]): Promise<ReadonlyMap<string, CountedOffer>>;
  /**
   * Creates (expected version 0) or replaces the offer at the version read, never lowering its
   * seats below those its placements hold: both conditions are on the one write, so a placement
   * offered at the same moment cannot slip between a check and the save.
   */
  saveOffer(offer: InternshipOffer, expectedVersion: number): Promise<OfferWriteOutcome>;
  /** A season's offers by status, level, region and id; a page may hold fewer than asked where a filter is not a key prefix. */
  offers(seasonId: string, filter: OfferListFilter, page: PageRequest): Promise<Page<CountedOffer>>;
  /** The offer and its host's ranking, neighbours in the offer's partition: one read. */
  findOfferWithRanking(
    seasonId: string,
    offerId: string,
  ): Promise<{ readonly offer: CountedOffer; readonly ranking: CandidateRanking | undefined } | undefined>;
  saveRanking(ranking: CandidateRanking, expectedVersion: number): Promise<VersionedWriteOutcome<CandidateRanking>>;
  findPreferences(applicationId: string, stage: string): Promise<InternshipPreferences | undefined>;
  /**
   * Replaces the application's preferences in their stage at the version read (0: none yet), and
   * its entries in the pools of the offers it ranks (`previousChoices`: those it ranked before),
   * while the application is still in that stage.
   */
  savePreferences(
    preferences: InternshipPreferences,
    expectedVersion: number,
    previousChoices: readonly string[],
  ): Promise<PreferencesWriteOutcome>;
  /** An offer's candidate pool, by application id. */
  candidates(seasonId: string, offerId: string, page: PageRequest): Promise<Page<InternshipChoice>>;
  /** Every application in an offer's pool (a host's ranking is checked against it). */
  candidateIds(seasonId: string, offerId: string): Promise<ReadonlySet<string>>;
}
