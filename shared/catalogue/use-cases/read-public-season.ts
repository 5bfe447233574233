import { notFound } from '../../platform/errors/common-errors.ts';
import { isPublic, toPublicSeason, type PublicSeason } from '../domain/seasons/public-season.ts';
import type { CatalogueDependencies } from './catalogue-dependencies.ts';

/** Anyone may read an open or closed season; drafts answer 404 exactly as a missing season does. */
export const readPublicSeason = async (
  deps: Pick<CatalogueDependencies, 'seasons' | 'programmes'>,
  seasonId: string,
): Promise<PublicSeason> => {
  const season = await deps.seasons.find(seasonId);
  if (season === undefined || !isPublic(season)) throw notFound('season');
  const programme = await deps.programmes.find(season.programmeId);
  if (programme === undefined) throw new Error(`Season ${seasonId} refers to a missing programme`);
  return toPublicSeason(season, programme);
};
