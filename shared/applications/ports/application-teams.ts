import type { ApplicantTeamView } from '../application-team-view.ts';

/**
 * The project team an application is in, as its own applicant sees it. Teams are their own module
 * (above this one); the function's wiring plugs the teams' reader in.
 */
export interface ApplicationTeams {
  teamOf(applicationId: string): Promise<ApplicantTeamView | undefined>;
}
