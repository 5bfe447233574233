import type { PeopleRelations } from '../../relations/ports/people-relations.ts';
import type { StaffedSeasons } from '../ports/staffed-seasons.ts';
import type { TeamRepository } from '../ports/team-repository.ts';

/** What the teams use cases reach outside pure code for. */
export interface TeamDependencies {
  readonly teams: TeamRepository;
  readonly staffedSeasons: StaffedSeasons;
  /** Who was in a team with whom, kept for conflicts of interest in later seasons. */
  readonly relations: PeopleRelations;
  readonly clock: () => Date;
}
