import type { ApplicantTeamView } from '../../applications/application-team-view.ts';
import type { TeamRepository } from '../ports/team-repository.ts';

/**
 * The team an application is in, as its applicant sees it (the applications module's ApplicationTeams
 * port): its id and name and the person's place, never the other members.
 */
export const applicantTeamReader = (teams: Pick<TeamRepository, 'membershipOf' | 'find'>) => ({
  teamOf: async (applicationId: string): Promise<ApplicantTeamView | undefined> => {
    const membership = await teams.membershipOf(applicationId);
    // Dissolved between the two reads: the application is in no team any more.
    const team = membership === undefined ? undefined : await teams.find(membership.seasonId, membership.teamId);
    if (team === undefined) return undefined;
    return { id: team.id, name: team.name, as: team.mentor?.applicationId === applicationId ? 'mentor' : 'member' };
  },
});
