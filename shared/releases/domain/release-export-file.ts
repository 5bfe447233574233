import { DATA_SHARING_FIELDS } from '../../applicants/domain/consents/data-sharing.ts';
import { csvLine, UTF8_BOM, type CsvCell } from '../../platform/text/csv-line.ts';
import type { ReleasedApplication } from '../release-schema.ts';
import type { ReleaseExportFormat } from '../release-export-schema.ts';

export interface ReleaseExportFile {
  readonly body: string;
  readonly contentType: string;
  readonly extension: string;
}

/** Whose releases, of which season, read when: the file says so itself, since it travels on its own once downloaded. */
export interface ReleaseExportHeader {
  readonly organisationId: string;
  readonly seasonId: string;
  readonly exportedAt: string;
}

/**
 * The CSV's columns: the release, then one column per catalogue field (the name in three), empty
 * where a field was not released. Structured fields (education, work, activity, scores) are one
 * cell of JSON each: lossless, and a spreadsheet shows them as text.
 */
const CSV_COLUMNS = [
  'releaseId',
  'applicationId',
  'programmeId',
  'seasonId',
  'purpose',
  'releasedAt',
  'validUntil',
  'fields',
  'name.last',
  'name.first',
  'name.patronymic',
  ...DATA_SHARING_FIELDS.filter((field) => field !== 'name'),
] as const;

const json = (value: unknown): string | undefined => (value === undefined ? undefined : JSON.stringify(value));

const csvRow = (item: ReleasedApplication): CsvCell[] => {
  const { data } = item;
  const cells: Record<(typeof CSV_COLUMNS)[number], CsvCell> = {
    releaseId: item.releaseId,
    applicationId: item.applicationId,
    programmeId: item.programmeId,
    seasonId: item.seasonId,
    purpose: item.purpose,
    releasedAt: item.releasedAt,
    validUntil: item.validUntil,
    fields: item.fields.join(' '),
    'name.last': data.name?.last,
    'name.first': data.name?.first,
    'name.patronymic': data.name?.patronymic,
    birthDate: data.birthDate,
    citizenship: data.citizenship?.join(' '),
    region: data.region,
    'contacts.email': data.contacts?.email,
    'contacts.phone': data.contacts?.phone,
    education: json(data.education),
    workExperience: json(data.workExperience),
    activity: json(data.activity),
    track: data.track,
    stage: data.stage,
    interviewScores: json(data.interviewScores),
  };
  return CSV_COLUMNS.map((column) => cells[column]);
};

/**
 * The file of a push export: JSON in the partner API's own shape, or CSV for a spreadsheet: UTF-8
 * with a BOM (so Excel reads Cyrillic), RFC 4180 quoting, and any cell a spreadsheet would run as a
 * formula (a name typed as `=HYPERLINK(…)`) made text (shared/platform/text/csv-line.ts).
 */
export const releaseExportFile = (
  format: ReleaseExportFormat,
  header: ReleaseExportHeader,
  items: readonly ReleasedApplication[],
): ReleaseExportFile =>
  format === 'json'
    ? { body: JSON.stringify({ ...header, items }, null, 2), contentType: 'application/json; charset=utf-8', extension: 'json' }
    : {
        body: UTF8_BOM + csvLine(CSV_COLUMNS) + items.map((item) => csvLine(csvRow(item))).join(''),
        contentType: 'text/csv; charset=utf-8',
        extension: 'csv',
      };
