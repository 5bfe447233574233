import type { Application } from '../../applications/application-schema.ts';
import type { Programme } from '../../catalogue/domain/config/programme-schema.ts';
import type { Season } from '../../catalogue/domain/seasons/season-schema.ts';
import type { ReleaseOutcome } from '../../releases/release-schema.ts';

export type DataReleaseEffect = 'releaseDataToRegion' | 'releaseDataToPartner';

/** One move's data release: the application as moved, its programme and season, the move. */
export interface DataReleaseRequest {
  readonly application: Application;
  readonly programme: Programme;
  readonly season: Season;
  readonly move: { readonly from: string; readonly to: string; readonly version: number };
}

/**
 * The release effects of a move. The releases module owns what is released to whom with which
 * consent; the function's wiring plugs its use cases in. `effects` lists those this wiring carries
 * out; one it does not stays recorded as a pending effect staff see.
 */
export interface DataReleases {
  readonly effects: readonly DataReleaseEffect[];
  /** Idempotent per move and effect: a repeat answers what the first run decided. */
  release(effect: DataReleaseEffect, request: DataReleaseRequest): Promise<{ readonly outcome: ReleaseOutcome }>;
}
