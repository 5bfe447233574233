import type { Page, PageRequest } from '../../platform/paging/page.ts';
import type { MentorPoolMember, MentorTier } from '../mentor-pool-schema.ts';

/** What staff decide when they place a mentor, with the profile facts copied for matching and the pool's list. */
export interface MentorPlacement {
  readonly seasonId: string;
  readonly mentorId: string;
  readonly tier: MentorTier;
  readonly capacity: number;
  readonly displayName: string;
  readonly spheres: readonly string[];
  readonly languages: readonly ('ru' | 'en')[];
  readonly region: string | undefined;
  readonly by: string;
  readonly at: string;
}

export type MentorPlacementOutcome =
  | { readonly placed: true; readonly member: MentorPoolMember }
  | { readonly placed: false; readonly reason: 'tier-full'; readonly tier: MentorTier }
  | { readonly placed: false; readonly reason: 'below-load'; readonly load: number }
  | { readonly placed: false; readonly reason: 'busy' };

export type MentorRemovalOutcome = 'removed' | 'absent' | { readonly pairs: number };

/** How many mentors each tier of a season's pool holds now. */
export interface TierCounts {
  readonly main: number;
  readonly reserve: number;
}

/**
 * A season's mentor pool: who may be paired, in which tier, with how many mentees. Each tier's
 * size (the programme's settings) holds under any concurrency: a counter moved in the placement's
 * own transaction.
 */
export interface MentorPool {
  find(seasonId: string, mentorId: string): Promise<MentorPoolMember | undefined>;
  /**
   * Adds the mentor or changes their tier, capacity and profile facts; the load stays as pairs
   * left it. Refused when the tier the mentor enters is at `sizes` already, or when the capacity
   * would fall below the load.
   */
  place(placement: MentorPlacement, sizes: TierCounts): Promise<MentorPlacementOutcome>;
  /** Removes the mentor unless they hold pairs (any but declined ones); frees their place in the tier. */
  remove(seasonId: string, mentorId: string): Promise<MentorRemovalOutcome>;
  list(seasonId: string, page: PageRequest): Promise<Page<MentorPoolMember>>;
  /** The whole pool, page after page: a season's few hundred mentors, for a matching. */
  all(seasonId: string): Promise<readonly MentorPoolMember[]>;
  tiers(seasonId: string): Promise<TierCounts>;
}
