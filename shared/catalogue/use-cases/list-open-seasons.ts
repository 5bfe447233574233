import type { Page, PageRequest } from '../../platform/paging/page.ts';
import { toOpenSeasonSummary, type OpenSeasonSummary } from '../domain/seasons/public-season.ts';
import type { CatalogueDependencies } from './catalogue-dependencies.ts';

export const listOpenSeasons = async (
  deps: Pick<CatalogueDependencies, 'seasons'>,
  page: PageRequest,
): Promise<Page<OpenSeasonSummary>> => {
  const found = await deps.seasons.listOpen(page);
  return { items: found.items.map(toOpenSeasonSummary), nextCursor: found.nextCursor };
};
