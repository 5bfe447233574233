/** Anything laid out down a page that must not be split across two: a line, a signature. */
export interface PageRow {
  readonly height: number;
  /** Space above it; dropped when the row opens a page. */
  readonly gapBefore: number;
  /** How many rows before it go along when it opens a page: a signature never stands alone on the last page. */
  readonly keepWithPrevious?: number;
}

const heightOn = (rows: readonly PageRow[]): number =>
  rows.reduce((total, row, index) => total + row.height + (index === 0 ? 0 : row.gapBefore), 0);

/**
 * Rows shared out over pages in order: a row goes on the current page if it fits below what is
 * there, else it opens the next (with the rows it keeps with, if the page it leaves keeps one).
 * The first page has less room (the letterhead). A row taller than a whole page gets a page to
 * itself rather than looping.
 */
export const paginateRows = <Row extends PageRow>(rows: readonly Row[], firstPageRoom: number, pageRoom: number): Row[][] => {
  const pages: Row[][] = [[]];
  let room = firstPageRoom;
  for (const row of rows) {
    const current = pages.at(-1) ?? [];
    const needed = (current.length === 0 ? 0 : row.gapBefore) + row.height;
    if (needed <= room || current.length === 0) {
      current.push(row);
      room -= needed;
      continue;
    }
    const carried = current.splice(Math.max(1, current.length - (row.keepWithPrevious ?? 0)));
    const next = [...carried, row];
    pages.push(next);
    room = pageRoom - heightOn(next);
  }
  return pages;
};
