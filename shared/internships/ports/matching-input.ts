import type { Page, PageRequest } from '../../platform/paging/page.ts';

/** An offer as a stable matching takes it: its seats, its host's ranking, whether it takes candidates it did not rank. */
export interface MatchingReceiver {
  readonly id: string;
  readonly capacity: number;
  readonly ranking: readonly string[];
  readonly acceptsUnranked: boolean;
}

/** An application as a stable matching takes it: its ranked offers, most wanted first. */
export interface MatchingProposer {
  readonly id: string;
  readonly choices: readonly string[];
}

/**
 * What a matching run of a season's internship stage reads, page by page: the approved offers of
 * each level the stage takes (`levelsTakingOffersAt` in domain/offer-audience.ts) with their
 * hosts' rankings, and the stage's preferences shard by shard (APPLICATION_SHARDS, keys.ts). An
 * offer its host never ranked comes with an empty ranking and `acceptsUnranked: false`: nobody is
 * placed with a host that did not say it takes them. Proposers are read as stored: the run checks
 * each application is still in the stage, and drops choices of offers that are not receivers.
 */
export interface InternshipMatchingInput {
  receivers(seasonId: string, level: string, page: PageRequest): Promise<Page<MatchingReceiver>>;
  proposers(seasonId: string, stage: string, shard: number, page: PageRequest): Promise<Page<MatchingProposer>>;
}
