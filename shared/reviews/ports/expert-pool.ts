import type { Page, PageRequest } from '../../platform/paging/page.ts';
import type { PoolMember } from '../expert-pool-schema.ts';

/** What staff decide when they put an expert in a season's pool, with the profile facts copied for the pool's lists. */
export interface PoolMemberPlacement {
  readonly seasonId: string;
  readonly expertId: string;
  readonly displayName: string;
  readonly competences: readonly string[];
  readonly languages: readonly ('ru' | 'en')[];
  readonly capacity: number;
  readonly by: string;
  readonly at: string;
}

export type PoolPlacementOutcome =
  | { readonly placed: true; readonly member: PoolMember }
  | { readonly placed: false; readonly load: number };

export type PoolRemovalOutcome = 'removed' | 'absent' | { readonly openReviews: number };

/** A season's expert pool: who may be assigned, how many reviews each may hold and holds. */
export interface ExpertPool {
  find(seasonId: string, expertId: string): Promise<PoolMember | undefined>;
  /**
   * Adds the expert, or changes their capacity and profile facts; load and submitted counts stay
   * as assignments left them. Refused when the capacity would fall below the load held.
   */
  place(placement: PoolMemberPlacement): Promise<PoolPlacementOutcome>;
  /** Removes the expert unless they hold reviews not yet submitted. */
  remove(seasonId: string, expertId: string): Promise<PoolRemovalOutcome>;
  list(seasonId: string, page: PageRequest): Promise<Page<PoolMember>>;
  /** The whole pool, page after page: a season's few hundred experts, for a run or a sum over them. */
  all(seasonId: string): Promise<readonly PoolMember[]>;
}
