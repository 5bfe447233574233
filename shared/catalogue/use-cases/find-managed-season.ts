import type { Identity } from '../../platform/auth/identity.ts';
import { notFound } from '../../platform/errors/common-errors.ts';
import type { Season } from '../domain/seasons/season-schema.ts';
import { managesProgramme } from '../domain/staff-scope.ts';
import type { CatalogueDependencies } from './catalogue-dependencies.ts';

/** A season of a programme the caller runs; any other answers 404 like a missing one. */
export const findManagedSeason = async (
  deps: Pick<CatalogueDependencies, 'seasons'>,
  identity: Identity,
  seasonId: string,
): Promise<Season> => {
  const season = await deps.seasons.find(seasonId);
  if (season === undefined || !managesProgramme(identity, season.programmeId)) throw notFound('season');
  return season;
};
