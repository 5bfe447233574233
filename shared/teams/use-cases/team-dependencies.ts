import type { StaffedSeasons } from '../ports/staffed-seasons.ts';
import type { TeamRepository } from '../ports/team-repository.ts';

/** What the teams use cases reach outside pure code for. */
export interface TeamDependencies {
  readonly teams: TeamRepository;
  readonly staffedSeasons: StaffedSeasons;
  readonly clock: () => Date;
}
