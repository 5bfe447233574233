import type { Identity } from '../../platform/auth/identity.ts';
import { notFound, versionConflict } from '../../platform/errors/common-errors.ts';
import type { TeamDependencies } from './team-dependencies.ts';

/** A concurrent edit between our read and our delete makes us read again; a few rounds settle any realistic race. */
const MAX_ROUNDS = 5;

/**
 * Staff dissolve a team: the team goes and every member and the mentor are free to join another,
 * in one transaction. Dissolving is meant whatever the team's members are by now, so an edit that
 * lands between our read and our delete is read again rather than refused; a team already gone is 404.
 * The relations its save recorded stay: for conflicts of interest a dissolved team is still a past one.
 */
export const dissolveTeam = async (deps: TeamDependencies, identity: Identity, seasonId: string, teamId: string): Promise<void> => {
  await deps.staffedSeasons.staffedSeason(identity, seasonId);
  for (let round = 1; ; round += 1) {
    const team = await deps.teams.find(seasonId, teamId);
    if (team === undefined) throw notFound('team');
    if ((await deps.teams.dissolve(team)) === 'dissolved') return;
    if (round === MAX_ROUNDS) throw versionConflict(team.version);
  }
};
