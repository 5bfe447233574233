import type { SeasonCounts } from '../domain/season-counts.ts';

/** Reads a season's counters: cost bounded by shards × regions × stages, never by applications. */
export interface SeasonCountsReader {
  read(seasonId: string): Promise<SeasonCounts>;
}
