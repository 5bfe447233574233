import { notFound } from '../../platform/errors/common-errors.ts';
import { seasonClosed } from '../programme-errors.ts';
import type { Season } from '../domain/seasons/season-schema.ts';
import type { CatalogueDependencies } from './catalogue-dependencies.ts';

/**
 * Makes a season public (draft or opening -> open). Idempotent: publishing an open season
 * changes nothing and reports so; a closed season is never reopened.
 */
export const publishSeason = async (
  deps: Pick<CatalogueDependencies, 'seasons' | 'clock'>,
  seasonId: string,
): Promise<{ readonly season: Season; readonly changed: boolean }> => {
  const change = await deps.seasons.changeStatus({ seasonId, from: ['draft', 'opening'], to: 'open', at: deps.clock().toISOString() });
  if (change.outcome === 'missing') throw notFound('season');
  if (change.outcome === 'changed') return { season: change.season, changed: true };
  if (change.season.status === 'open') return { season: change.season, changed: false };
  throw seasonClosed(seasonId);
};
