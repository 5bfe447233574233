import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { csvEventId, parseProgressCsv } from '../../../shared/education/domain/csv/progress-csv.ts';
import { readCsv } from '../../../shared/education/domain/csv/read-csv.ts';

const APP = '6f1c2a0e-1b2c-4d3e-8f90-0a1b2c3d4e5f';
const OTHER = '7a2d3b1f-2c3d-4e4f-9a01-1b2c3d4e5f60';

describe('reading CSV', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks, after a BOM, with CRLF', () => {
    const records = readCsv('\uFEFFa,b,c\r\n"x, y","say ""hi""","two\r\nlines"\r\nplain,,last\r\n');
    assert.deepEqual(records, [
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['x, y', 'say "hi"', 'two\r\nlines'] },
      { line: 4, fields: ['plain', '', 'last'] },
    ]);
  });

  it('skips blank lines, reads a last line without a line end, and takes ; when the header has no commas', () => {
    assert.deepEqual(readCsv('a;b\n\n1;2\n3;"4;5"'), [
      { line: 1, fields: ['a', 'b'] },
      { line: 3, fields: ['1', '2'] },
      { line: 4, fields: ['3', '4;5'] },
    ]);
  });

  it('reports a stray quote and an unterminated quote on their lines and goes on with the next line', () => {
    assert.deepEqual(readCsv('a,b\nx"y,1\n"q"z,2\n"never closed,3\nok,4\n'), [
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fault: 'stray-quote' },
      { line: 3, fault: 'stray-quote' },
      { line: 4, fault: 'unterminated-quote' },
      { line: 5, fields: ['ok', '4'] },
    ]);
  });
});

describe('parsing a progress CSV', () => {
  it('turns good rows into events and reports every bad one with its line and column', () => {
    const csv = [
      'applicationId,kind,itemId,at,comment',
      `${APP},webinar-watched,state-basics,2026-08-10T10:00:00Z,"fine, really"`,
      `not-a-uuid,webinar-watched,state-basics,2026-08-10T10:00:00Z,`,
      `${APP},watched-it,state-basics,yesterday,`,
      `${APP},broadcast-attended,meet-the-minister`,
      `${OTHER},broadcast-attended,Meet,2026-08-10T10:00:00+03:00,`,
      `${OTHER},broadcast-attended,meet-the-minister,2026-08-10T10:00:00+03:00,`,
    ].join('\r\n');
    const parsed = parseProgressCsv(csv);
    assert.equal(parsed.records, 6);
    assert.deepEqual(
      parsed.rows.map((row) => [row.row, row.event.kind, row.event.itemId, row.event.at]),
      [
        [2, 'webinar-watched', 'state-basics', '2026-08-10T10:00:00.000Z'],
        [7, 'broadcast-attended', 'meet-the-minister', '2026-08-10T07:00:00.000Z'],
      ],
    );
    assert.deepEqual(
      parsed.problems.map((problem) => [problem.row, problem.column, problem.code]),
      [
        [3, 'applicationId', 'invalid-application-id'],
        [4, 'kind', 'invalid-kind'],
        [4, 'at', 'invalid-time'],
        [5, undefined, 'wrong-field-count'],
        [6, 'itemId', 'invalid-item-id'],
      ],
    );
    for (const problem of parsed.problems) {
      assert.ok(problem.message.ru.length > 0, `row ${problem.row} ${problem.code}: a message in Russian`);
      assert.ok(problem.message.en.length > 0, `row ${problem.row} ${problem.code}: a message in English`);
    }
  });

  it('derives the same event id from the same row, whatever its time, and different ids for different courses', () => {
    const once = parseProgressCsv(`applicationId,kind,itemId,at\n${APP},webinar-watched,a-course,2026-08-10T10:00:00Z`);
    const again = parseProgressCsv(`kind,at,itemId,applicationId\nwebinar-watched,2026-08-11T10:00:00Z,a-course,${APP}`);
    assert.equal(once.rows[0]?.event.eventId, again.rows[0]?.event.eventId);
    assert.equal(once.rows[0]?.event.eventId, csvEventId(APP, 'webinar-watched', 'a-course'));
    assert.notEqual(csvEventId(APP, 'webinar-watched', 'a-course'), csvEventId(APP, 'webinar-watched', 'b-course'));
  });

  it('refuses every row when the header lacks a column or names one twice, and reports an empty file', () => {
    const missing = parseProgressCsv(`application_id,kind,at\n${APP},webinar-watched,2026-08-10T10:00:00Z`);
    assert.deepEqual(missing.rows, []);
    assert.deepEqual(
      missing.problems.map((problem) => [problem.row, problem.column, problem.code]),
      [[1, 'itemId', 'missing-column']],
    );
    const twice = parseProgressCsv('applicationId,kind,itemId,at,Item-Id\n');
    assert.deepEqual(
      twice.problems.map((problem) => problem.code),
      ['duplicate-column'],
    );
    assert.deepEqual(
      parseProgressCsv('\uFEFF\r\n').problems.map((problem) => problem.code),
      ['empty-file'],
    );
  });
});
