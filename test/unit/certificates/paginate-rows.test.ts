import { describe, expect, it } from 'vitest';
import { paginateRows } from '../../../shared/certificates/documents/paginate-rows.ts';

const rows = (...heights: number[]) => heights.map((height, index) => ({ id: index, height, gapBefore: 5 }));
const ids = (pages: { id: number }[][]) => pages.map((page) => page.map((row) => row.id));

describe('sharing rows out over pages', () => {
  it('fills a page, gaps included, before opening the next, where the first row drops its gap', () => {
    expect(ids(paginateRows(rows(10, 10, 10, 10), 30, 100))).toEqual([
      [0, 1],
      [2, 3],
    ]);
  });

  it('gives the first page less room than the others', () => {
    expect(ids(paginateRows(rows(10, 10, 10), 10, 25))).toEqual([[0], [1, 2]]);
  });

  it('carries the rows a row keeps with onto the page it opens, leaving at least one behind', () => {
    const signed = [...rows(10, 10, 10), { id: 3, height: 10, gapBefore: 5, keepWithPrevious: 2 }];
    expect(ids(paginateRows(signed, 40, 100))).toEqual([[0], [1, 2, 3]]);
    expect(ids(paginateRows(signed.slice(1), 25, 100))).toEqual([[1], [2, 3]]);
  });

  it('puts a row taller than a page on a page of its own', () => {
    expect(ids(paginateRows(rows(10, 500, 10), 100, 100))).toEqual([[0], [1], [2]]);
  });
});
