import type { ApplicationDependencies } from '../../applications/use-cases/application-dependencies.ts';
import type { TeamRepository } from '../ports/team-repository.ts';

/** What the teams use cases reach outside pure code for. */
export interface TeamDependencies extends Pick<ApplicationDependencies, 'programmes' | 'seasons' | 'clock'> {
  readonly teams: TeamRepository;
}
