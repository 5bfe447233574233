/** The one-team-per-season guard item of an application: which team of which season holds it. */
export interface TeamMembership {
  readonly seasonId: string;
  readonly teamId: string;
}

/**
 * Whether an application is in a team (the `team` transition guard, the applicant's view). The
 * teams use cases write memberships with their team; everyone else only reads them, here.
 */
export interface TeamMembershipReader {
  membershipOf(applicationId: string): Promise<TeamMembership | undefined>;
}
