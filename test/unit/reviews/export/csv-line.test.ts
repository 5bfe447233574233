import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { csvLine } from '../../../../shared/platform/text/csv-line.ts';

describe('a CSV line of the score export', () => {
  it('quotes only the cells that need it, doubling their quotes, and ends with CRLF', () => {
    assert.equal(csvLine(['a', 'b,c', 'say "hi"', 'two\nlines', 'Оценка']), 'a,"b,c","say ""hi""","two\nlines",Оценка\r\n');
  });

  it('defuses every cell a spreadsheet would run as a formula with a leading apostrophe', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r'])
      assert.ok(csvLine([`${start}1+1`]).startsWith(`'${start}`) || csvLine([`${start}1+1`]).startsWith(`"'${start}`));
    assert.equal(csvLine(['=HYPERLINK("x","y")']), `"'=HYPERLINK(""x"",""y"")"\r\n`);
    assert.equal(csvLine(['a=b', 'x-1']), 'a=b,x-1\r\n');
  });

  it('writes numbers and flags as themselves and absent values as empty cells', () => {
    assert.equal(csvLine([7.6, 0, true, false, undefined, Number.NaN]), '7.6,0,true,false,,\r\n');
  });
});
