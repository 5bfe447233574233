import type { Identity } from '../../platform/auth/identity.ts';
import { notFound } from '../../platform/errors/common-errors.ts';
import { peopleOf, type TeamView } from '../team-schema.ts';
import type { TeamDependencies } from './team-dependencies.ts';

/**
 * One team of a season for staff of its programme, with each person's current stage (one BatchGet
 * of their applications); a missing team and a season not theirs are the same 404.
 */
export const readTeam = async (deps: TeamDependencies, identity: Identity, seasonId: string, teamId: string): Promise<TeamView> => {
  await deps.staffedSeasons.staffedSeason(identity, seasonId);
  const team = await deps.teams.find(seasonId, teamId);
  if (team === undefined) throw notFound('team');
  const applications = await deps.teams.applicationsOf(peopleOf(team));
  return { ...team, stages: Object.fromEntries(applications.map((application) => [application.id, application.stage])) };
};
