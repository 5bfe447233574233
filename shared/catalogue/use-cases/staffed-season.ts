import type { Identity } from '../../platform/auth/identity.ts';
import { notFound } from '../../platform/errors/common-errors.ts';
import type { Programme } from '../domain/config/programme-schema.ts';
import type { Season } from '../domain/seasons/season-schema.ts';
import { managesProgramme } from '../domain/staff-scope.ts';
import type { ProgrammeRepository } from '../ports/programme-repository.ts';
import type { SeasonRepository } from '../ports/season-repository.ts';

/** A season and its programme, if the caller is staff of that programme; otherwise the same 404 as a missing season. */
export const staffedSeason = async (
  deps: { readonly programmes: Pick<ProgrammeRepository, 'find'>; readonly seasons: Pick<SeasonRepository, 'find'> },
  identity: Identity,
  seasonId: string,
): Promise<{ readonly season: Season; readonly programme: Programme }> => {
  const season = await deps.seasons.find(seasonId);
  if (season === undefined || !identity.roles.includes('staff') || !managesProgramme(identity, season.programmeId))
    throw notFound('season');
  const programme = await deps.programmes.find(season.programmeId);
  if (programme === undefined) throw new Error('A season refers to a programme that does not exist');
  return { season, programme };
};

/**
 * The same check as an object, for the modules that declare it as a port: the mail module's
 * StaffedSeasons (assertStaffed), and the teams' and progression's (staffedSeason, which also
 * needs the programme).
 */
export const staffedSeasonCheck = (deps: Parameters<typeof staffedSeason>[0]) => ({
  assertStaffed: async (identity: Identity, seasonId: string): Promise<void> => {
    await staffedSeason(deps, identity, seasonId);
  },
  staffedSeason: (identity: Identity, seasonId: string) => staffedSeason(deps, identity, seasonId),
});
