import type { CounterRebuild } from '../counter-rebuild-schema.ts';

export type StartOutcome =
  | { readonly outcome: 'started'; readonly rebuild: CounterRebuild }
  | { readonly outcome: 'running'; readonly runId?: string };

/**
 * A season's counter rebuilds: started by staff (or by the local cloud's seeding for a season whose
 * counters were never built), advanced by the schedule's rebuilder under its lease, a page at a time.
 */
export interface CounterRebuilds {
  /** Takes the season's one-rebuild lock and points every shard's writers at a new generation. */
  start(seasonId: string, runId: string, at: Date): Promise<StartOutcome>;
  find(seasonId: string, runId: string): Promise<CounterRebuild | undefined>;
  /** Rebuilds running, every season (few: one per season at most, for minutes). */
  running(): Promise<readonly { readonly seasonId: string; readonly runId: string }[]>;
  /** Counts pages of the season's applications into the new generation until `deadline` (epoch ms); checkpoints each page. */
  advance(seasonId: string, runId: string, deadline: number): Promise<CounterRebuild | undefined>;
}
