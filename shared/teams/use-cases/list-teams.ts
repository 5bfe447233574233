import type { Identity } from '../../platform/auth/identity.ts';
import type { Page, PageRequest } from '../../platform/paging/page.ts';
import type { Team } from '../team-schema.ts';
import type { TeamDependencies } from './team-dependencies.ts';

/** A season's teams by id, a page at a time, for staff of its programme (a programme without teams lists none). */
export const listTeams = async (deps: TeamDependencies, identity: Identity, seasonId: string, page: PageRequest): Promise<Page<Team>> => {
  await deps.staffedSeasons.staffedSeason(identity, seasonId);
  return deps.teams.list(seasonId, page);
};
