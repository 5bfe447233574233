import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { releaseExportFile } from '../../../shared/releases/domain/release-export-file.ts';
import type { ReleasedApplication } from '../../../shared/releases/release-schema.ts';

const header = { organisationId: 'molodezh-perm', seasonId: 'prokadry-2027-spring', exportedAt: '2027-10-02T08:00:00.000Z' };
const item: ReleasedApplication = {
  releaseId: '7b2d9a51-0c4e-5f3a-9b8d-1e2f3a4b5c6d',
  applicationId: '3f2b8c1e-6a4d-4e8b-9c2f-1d7e5a9b0c41',
  programmeId: 'prokadry-2027',
  seasonId: 'prokadry-2027-spring',
  purpose: 'region',
  releasedAt: '2027-10-01T08:00:00.000Z',
  validUntil: '2028-09-30T08:00:00.000Z',
  fields: ['name', 'contacts.email', 'education'],
  data: {
    name: { last: '=HYPERLINK("http://evil.example","Ветрова")', first: 'Ольга, "Оля"' },
    contacts: { email: 'olga.vetrova@example.org' },
    education: [{ institution: '+cmd|calc', field: 'ГМУ', level: 'master', graduationYear: 2027, publicAdministration: true }],
  },
};

describe('a push export’s file', () => {
  it('is JSON in the partner API’s own shape, with what it is of', () => {
    const file = releaseExportFile('json', header, [item]);
    assert.equal(file.extension, 'json');
    assert.deepEqual(JSON.parse(file.body), { ...header, items: [item] });
  });

  it('is a CSV with a BOM, a column per field, empty where not released, and no cell a spreadsheet would run', () => {
    const file = releaseExportFile('csv', header, [item]);
    assert.equal(file.contentType, 'text/csv; charset=utf-8');
    assert.ok(file.body.startsWith('\uFEFFreleaseId,applicationId,'));
    const [head, row] = file.body.slice(1).split('\r\n');
    const columns = head?.split(',') ?? [];
    assert.deepEqual(columns.slice(8, 11), ['name.last', 'name.first', 'name.patronymic']);
    assert.ok(columns.includes('interviewScores') && columns.includes('contacts.phone'));
    assert.ok(row?.includes(`"'=HYPERLINK(""http://evil.example"",""Ветрова"")"`), 'a formula is text, its quotes doubled');
    assert.ok(row?.includes('"Ольга, ""Оля"""'));
    // A structured field's cell is JSON, so it starts with [ or {: never a formula, whatever its values hold.
    assert.ok(row?.includes('"[{""institution"":""+cmd|calc""'));
    assert.ok(!row?.includes('+7'), 'no phone was released');
  });
});
