import { createHash } from 'node:crypto';
import * as z from 'zod';
import { applicationIdSchema } from '../../../applications/application-schema.ts';
import { localIdSchema } from '../../../platform/identifiers/identifiers.ts';
import { PROGRESS_KINDS, type ProgressEvent } from '../../progress-event-schema.ts';
import { readCsv } from './read-csv.ts';
import type { RowProblem } from './row-problem.ts';
import { isoDateTime } from '../../../platform/time/iso-date-time.ts';

/**
 * Staff's bulk progress upload: a CSV with a header naming the columns `applicationId`, `kind`
 * (`webinar-watched` | `broadcast-attended`), `itemId` and `at` (ISO 8601 time), in any order;
 * other columns are ignored. Each good row becomes a progress event whose id is derived from what
 * it says (application, kind, course), so uploading the same file again, or a corrected copy,
 * records nothing twice.
 */
export const CSV_COLUMNS = ['applicationId', 'kind', 'itemId', 'at'] as const;
type Column = (typeof CSV_COLUMNS)[number];

export interface ParsedRow {
  readonly row: number;
  readonly event: ProgressEvent;
}

export interface ParsedProgressCsv {
  readonly rows: readonly ParsedRow[];
  readonly problems: readonly RowProblem[];
  /** Data records read (good and bad), the header not counted. */
  readonly records: number;
}

const CELL_RULES: Readonly<
  Record<Column, { readonly schema: z.ZodType; readonly code: string; readonly ru: string; readonly en: string }>
> = {
  applicationId: {
    schema: applicationIdSchema,
    code: 'invalid-application-id',
    ru: 'Идентификатор заявки должен быть UUID',
    en: 'The application id must be a UUID',
  },
  kind: {
    schema: z.enum(PROGRESS_KINDS),
    code: 'invalid-kind',
    ru: 'Вид: webinar-watched или broadcast-attended',
    en: 'Kind: webinar-watched or broadcast-attended',
  },
  itemId: {
    schema: localIdSchema,
    code: 'invalid-item-id',
    ru: 'Идентификатор курса: строчные латинские буквы, цифры и дефисы',
    en: 'Course id: lowercase latin letters, digits and hyphens',
  },
  at: {
    schema: isoDateTime({ offset: true }),
    code: 'invalid-time',
    ru: 'Время в формате ISO 8601, например 2022-08-20T18:00:00Z',
    en: 'A time in ISO 8601, e.g. 2022-08-20T18:00:00Z',
  },
};

const FAULTS = {
  'unterminated-quote': { ru: 'Кавычка не закрыта', en: 'A quote is never closed' },
  'stray-quote': {
    ru: 'Кавычка внутри поля без кавычек или текст после закрывающей кавычки',
    en: 'A quote inside an unquoted field or text after a closing quote',
  },
} as const;

const normalised = (name: string): string =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s_-]/g, '');

export const csvEventId = (applicationId: string, kind: string, itemId: string): string =>
  `csv-${createHash('sha256').update(`${applicationId}\n${kind}\n${itemId}`).digest('hex').slice(0, 40)}`;

export const parseProgressCsv = (text: string): ParsedProgressCsv => {
  const [header, ...records] = readCsv(text);
  if (header === undefined) {
    return { rows: [], problems: [{ row: 1, code: 'empty-file', message: { ru: 'Файл пуст', en: 'The file is empty' } }], records: 0 };
  }
  if ('fault' in header)
    return { rows: [], problems: [{ row: header.line, code: header.fault, message: FAULTS[header.fault] }], records: records.length };
  const positions = new Map<Column, number>();
  const headerProblems: RowProblem[] = [];
  for (const column of CSV_COLUMNS) {
    const indexes = header.fields.flatMap((name, index) => (normalised(name) === normalised(column) ? [index] : []));
    if (indexes.length === 1 && indexes[0] !== undefined) positions.set(column, indexes[0]);
    else if (indexes.length === 0)
      headerProblems.push({
        row: header.line,
        column,
        code: 'missing-column',
        message: { ru: `В заголовке нет столбца ${column}`, en: `The header has no ${column} column` },
      });
    else
      headerProblems.push({
        row: header.line,
        column,
        code: 'duplicate-column',
        message: { ru: `Столбец ${column} повторяется`, en: `The ${column} column appears twice` },
      });
  }
  // Without a sound header no row can be read safely.
  if (headerProblems.length > 0) return { rows: [], problems: headerProblems, records: records.length };

  const rows: ParsedRow[] = [];
  const problems: RowProblem[] = [];
  for (const record of records) {
    if ('fault' in record) {
      problems.push({ row: record.line, code: record.fault, message: FAULTS[record.fault] });
      continue;
    }
    if (record.fields.length !== header.fields.length) {
      problems.push({
        row: record.line,
        code: 'wrong-field-count',
        message: {
          ru: `Полей ${record.fields.length}, а в заголовке ${header.fields.length}`,
          en: `${record.fields.length} fields where the header has ${header.fields.length}`,
        },
      });
      continue;
    }
    const cells = new Map<Column, string>();
    const rowProblems: RowProblem[] = [];
    for (const column of CSV_COLUMNS) {
      const value = (record.fields[positions.get(column) ?? -1] ?? '').trim();
      const rule = CELL_RULES[column];
      if (value === '')
        rowProblems.push({
          row: record.line,
          column,
          code: 'missing-value',
          message: { ru: `Не заполнено: ${column}`, en: `${column} is empty` },
        });
      else if (!rule.schema.safeParse(value).success)
        rowProblems.push({ row: record.line, column, code: rule.code, message: { ru: rule.ru, en: rule.en } });
      else cells.set(column, value);
    }
    if (rowProblems.length > 0) {
      problems.push(...rowProblems);
      continue;
    }
    const applicationId = cells.get('applicationId') ?? '';
    const kind = cells.get('kind') === 'webinar-watched' ? 'webinar-watched' : 'broadcast-attended';
    const itemId = cells.get('itemId') ?? '';
    const at = new Date(cells.get('at') ?? '').toISOString();
    rows.push({ row: record.line, event: { eventId: csvEventId(applicationId, kind, itemId), applicationId, kind, itemId, at } });
  }
  return { rows, problems, records: records.length };
};
