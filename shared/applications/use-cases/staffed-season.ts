import type { Identity } from '../../auth/identity.ts';
import { notFound } from '../../errors/common-errors.ts';
import type { Programme } from '../../programmes/config/programme-schema.ts';
import type { Season } from '../../programmes/seasons/season-schema.ts';
import { managesProgramme } from '../../programmes/staff-scope.ts';
import type { ApplicationDependencies } from './application-dependencies.ts';

/** A season and its programme, if the caller is staff of that programme; otherwise the same 404 as a missing season. */
export const staffedSeason = async (
  deps: Pick<ApplicationDependencies, 'programmes' | 'seasons'>,
  identity: Identity,
  seasonId: string,
): Promise<{ readonly season: Season; readonly programme: Programme }> => {
  const season = await deps.seasons.find(seasonId);
  if (season === undefined || !identity.roles.includes('staff') || !managesProgramme(identity, season.programmeId)) throw notFound('season');
  const programme = await deps.programmes.find(season.programmeId);
  if (programme === undefined) throw new Error('A season refers to a programme that does not exist');
  return { season, programme };
};
