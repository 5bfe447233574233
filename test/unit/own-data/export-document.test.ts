import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { OWN_DATA_EXAMPLES } from '../../../shared/api-docs/examples/own-data-examples.ts';
import { exportDocument } from '../../../shared/own-data/domain/export-document.ts';
import { VALUE_LABELS } from '../../../shared/own-data/domain/export-labels.ts';
import { renderExportHtml } from '../../../shared/own-data/domain/render-export-html.ts';
import { ownDataExportSchema, type OwnDataExport } from '../../../shared/own-data/own-data-export-schema.ts';

/** The documented example: every section filled, as the other operations' examples fill them. */
const example = ownDataExportSchema.parse(OWN_DATA_EXAMPLES[0]?.responses['200']);

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T/;

/** Every text the export holds that a reader must find on the page as it is: not a time (formatted) nor one of cadre's own words (named). */
const verbatimTexts = (value: unknown, language: 'ru' | 'en'): string[] => {
  if (typeof value === 'string') return ISO_DATE_TIME.test(value) || value in VALUE_LABELS ? [] : [value];
  if (Array.isArray(value)) return value.flatMap((item) => verbatimTexts(item, language));
  if (typeof value === 'object' && value !== null) {
    // Text in both languages (a name, a note): the reader's only.
    if (typeof (value as Record<string, unknown>)['ru'] === 'string' && typeof (value as Record<string, unknown>)['en'] === 'string')
      return [(value as Record<'ru' | 'en', string>)[language]];
    return Object.entries(value).flatMap(([key, item]) =>
      key === 'schemaVersion' || key === 'topic' ? [] : verbatimTexts(item, language),
    );
  }
  return [];
};

const textOf = (data: OwnDataExport, language: 'ru' | 'en'): string => {
  const document = exportDocument(data, language);
  return [
    document.title,
    ...document.meta.map((row) => row.value),
    ...document.sections.flatMap((section) => [
      section.heading,
      ...section.blocks.flatMap((block) => [block.heading, ...block.rows.flatMap((row) => [row.label, row.value])]),
    ]),
  ].join('\n');
};

describe('the export laid out for reading', () => {
  for (const language of ['ru', 'en'] as const) {
    it(`leaves no text of the export off the page (${language})`, () => {
      const text = textOf(example, language);
      for (const value of verbatimTexts(example, language)) assert.ok(text.includes(value), `${value} is on the page`);
    });
  }

  it('names times and cadre’s own words in the reader’s language', () => {
    const ru = textOf(example, 'ru');
    const en = textOf(example, 'en');
    assert.ok(ru.includes('Согласие на обработку персональных данных — 2 мая 2027 г. в 08:05 UTC'), ru.slice(0, 2000));
    assert.ok(en.includes('Consent to the processing of personal data — 2 May 2027 at 08:05 UTC'), en.slice(0, 2000));
  });

  it('says a section has no records rather than leaving it out', () => {
    const empty = { ...example, reviews: [], scores: [] };
    const sections = exportDocument(empty, 'en').sections;
    assert.deepEqual(
      sections.filter((section) => section.blocks.length === 0).map((section) => section.id),
      ['reviews', 'scores'],
    );
    assert.ok(
      renderExportHtml(exportDocument(empty, 'en')).includes(
        '<section id="reviews"><h2>Reviewers’ comments</h2><p class="none">No records.</p>',
      ),
    );
  });

  it('escapes every value on the page: a name is never markup', () => {
    const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>"\'&';
    const profile = example.profile;
    assert.ok(profile);
    const html = renderExportHtml(exportDocument({ ...example, profile: { ...profile, name: { ...profile.name, last: hostile } } }, 'ru'));
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;&quot;&#39;&amp;'));
    assert.ok(!html.includes('<script') && !html.includes('<img'));
  });
});
