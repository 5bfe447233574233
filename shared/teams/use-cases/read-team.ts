import type { Identity } from '../../auth/identity.ts';
import { notFound } from '../../errors/common-errors.ts';
import { staffedSeason } from '../../applications/use-cases/staffed-season.ts';
import type { Team } from '../team-schema.ts';
import type { TeamDependencies } from './team-dependencies.ts';

/** One team of a season for staff of its programme; a missing team and a season not theirs are the same 404. */
export const readTeam = async (deps: TeamDependencies, identity: Identity, seasonId: string, teamId: string): Promise<Team> => {
  await staffedSeason(deps, identity, seasonId);
  const team = await deps.teams.find(seasonId, teamId);
  if (team === undefined) throw notFound('team');
  return team;
};
