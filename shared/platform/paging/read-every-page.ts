import type { Page, PageRequest } from './page.ts';

/** Every item of a paged list, read page after page; for lists bounded by design (a season's pool), never an open-ended one. */
export const readEveryPage = async <T>(list: (page: PageRequest) => Promise<Page<T>>, limit: number): Promise<T[]> => {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await list({ limit, cursor });
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== undefined);
  return items;
};
