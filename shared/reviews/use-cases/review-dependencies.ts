import type { ExpertPool } from '../ports/expert-pool.ts';
import type { ExpertProfiles } from '../ports/expert-profiles.ts';
import type { StaffedSeasons } from '../ports/staffed-seasons.ts';

/** What the reviews use cases reach outside pure code for; each takes the part it needs. */
export interface ReviewDependencies {
  readonly profiles: ExpertProfiles;
  readonly pool: ExpertPool;
  readonly staffedSeasons: StaffedSeasons;
  readonly clock: () => Date;
}
