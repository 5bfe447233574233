import { fullName } from '../../applicants/domain/profile/full-name.ts';
import type { OwnDataExport } from '../own-data-export-schema.ts';
import { FIELD_LABELS, SECTION_TITLES, TEXTS, VALUE_LABELS, label, type ExportLanguage } from './export-labels.ts';

/** One line of a record: what (its field's name, nested names joined) and its value, both as the reader reads them. */
export interface ExportRow {
  readonly label: string;
  readonly value: string;
}

export interface ExportBlock {
  readonly heading: string;
  readonly rows: readonly ExportRow[];
}

export interface ExportSection {
  readonly id: keyof typeof SECTION_TITLES;
  readonly heading: string;
  /** No blocks: the section says there are no records rather than vanishing. */
  readonly blocks: readonly ExportBlock[];
}

/** The export laid out for a reader, in one language: what the HTML page and the PDF both draw, so they never say different things. */
export interface ExportDocument {
  readonly language: ExportLanguage;
  readonly title: string;
  readonly intro: string;
  readonly meta: readonly ExportRow[];
  readonly none: string;
  readonly sections: readonly ExportSection[];
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

const formatters = {
  ru: new Intl.DateTimeFormat('ru-RU', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }),
};

const isLocalised = (value: object): value is { ru: string; en: string } =>
  Object.keys(value).length === 2 &&
  typeof (value as Record<string, unknown>)['ru'] === 'string' &&
  typeof (value as Record<string, unknown>)['en'] === 'string';

const scalar = (value: string | number | boolean, language: ExportLanguage): string => {
  if (typeof value === 'boolean') return value ? TEXTS.yes[language] : TEXTS.no[language];
  // No grouping: a record's numbers are years, counts and scores, and "2 025" reads as no year.
  if (typeof value === 'number') return value.toLocaleString(language === 'ru' ? 'ru-RU' : 'en-GB', { useGrouping: false });
  if (ISO_DATE_TIME.test(value)) return `${formatters[language].format(new Date(value))} UTC`;
  return label(VALUE_LABELS, value, language);
};

/**
 * Every value of a record as rows, nested objects and lists flattened under their field's name
 * (`Education 1 › Institution`), so nothing a record holds is left off the page: the export's
 * promise is completeness, and a hand-picked layout per record would drop what it forgot.
 */
export const rowsOf = (record: unknown, language: ExportLanguage, path: readonly string[] = []): ExportRow[] => {
  const here = path.join(' › ');
  if (record === undefined || record === null) return [];
  if (typeof record === 'string' || typeof record === 'number' || typeof record === 'boolean')
    return [{ label: here, value: scalar(record, language) }];
  if (Array.isArray(record)) {
    if (record.every((item) => typeof item === 'string' || typeof item === 'number'))
      return record.length === 0 ? [] : [{ label: here, value: record.map((item) => scalar(item, language)).join(', ') }];
    return record.flatMap((item, index) => rowsOf(item, language, [...path.slice(0, -1), `${path.at(-1) ?? ''} ${index + 1}`.trim()]));
  }
  if (typeof record === 'object') {
    if (isLocalised(record)) return [{ label: here, value: record[language] }];
    return Object.entries(record).flatMap(([key, value]) => rowsOf(value, language, [...path, label(FIELD_LABELS, key, language)]));
  }
  return [];
};

const block = (heading: string, record: unknown, language: ExportLanguage): ExportBlock => ({ heading, rows: rowsOf(record, language) });

const section = (id: ExportSection['id'], blocks: readonly ExportBlock[], language: ExportLanguage): ExportSection => ({
  id,
  heading: SECTION_TITLES[id][language],
  blocks,
});

/** The export in one language, section by section, every record a block of rows. */
export const exportDocument = (data: OwnDataExport, language: ExportLanguage): ExportDocument => {
  const at = (value: string): string => scalar(value, language);
  const { applicantId: _applicant, version: _version, ...profile } = data.profile ?? { applicantId: '', version: 0 };
  return {
    language,
    title: TEXTS.title[language],
    intro: TEXTS.intro[language],
    meta: [
      { label: TEXTS.generatedAt[language], value: at(data.generatedAt) },
      { label: TEXTS.subject[language], value: data.subject },
    ],
    none: TEXTS.none[language],
    sections: [
      // The profile's one block is headed by the person's name: the section's own heading already says 'Profile'.
      section('profile', data.profile === null ? [] : [block(fullName(data.profile.name), profile, language)], language),
      section(
        'consents',
        [
          ...data.consents.records.map(({ kind, at: given, ...record }) =>
            block(`${label(VALUE_LABELS, kind, language)} — ${at(given)}`, record, language),
          ),
          ...(data.consents.current === null
            ? []
            : [block(TEXTS.current[language], { ...data.consents.current, version: undefined }, language)]),
        ],
        language,
      ),
      section(
        'applications',
        data.applications.map(({ history = [], stage, ...application }) => ({
          heading: `${TEXTS.application[language]} ${application.id} — ${stage.name[language]}`,
          rows: [
            ...rowsOf({ stage: stage.name, ...application }, language),
            ...history.map((event) => ({
              label: `${TEXTS.history[language]} — ${at(event.at)}`,
              value: [
                label(VALUE_LABELS, event.kind, language),
                event.fromStage === undefined && event.toStage === undefined
                  ? undefined
                  : `${event.fromStage ?? '—'} › ${event.toStage ?? '—'}`,
                event.actor,
                event.note,
              ]
                .filter((part) => part !== undefined)
                .join('; '),
            })),
          ],
        })),
        language,
      ),
      section(
        'documents',
        data.documents.map(({ fileName, ...document }) => block(fileName, document, language)),
        language,
      ),
      section(
        'education',
        data.education.map((learning) => block(`${TEXTS.application[language]} ${learning.applicationId}`, learning, language)),
        language,
      ),
      section(
        'reviews',
        data.reviews.map((review) => block(`${review.rubricId} — ${at(review.submittedAt)}`, review, language)),
        language,
      ),
      section(
        'scores',
        data.scores.map((score) => block(`${score.rubricId}: ${scalar(score.score, language)}`, score, language)),
        language,
      ),
      section(
        'interviews',
        data.interviews.map((interview) =>
          block(`${interview.event.title ?? interview.event.id} — ${at(interview.event.startsAt)}`, interview, language),
        ),
        language,
      ),
      section(
        'placements',
        data.placements.map((placement) => block(placement.offer?.title[language] ?? placement.offerId, placement, language)),
        language,
      ),
      section(
        'mentoring',
        data.mentoring.flatMap(({ applicationId, pair, sessions, letter }) => [
          ...(pair === undefined
            ? []
            : [block(`${TEXTS.pair[language]} (${TEXTS.application[language]} ${applicationId})`, pair, language)]),
          ...sessions.map((session) => block(`${TEXTS.session[language]} ${session.date}`, session, language)),
          ...(letter === undefined ? [] : [block(TEXTS.letter[language], letter, language)]),
        ]),
        language,
      ),
      section(
        'certificates',
        data.certificates.map((certificate) =>
          block(`${certificate.achievement[language]} — ${certificate.programmeName[language]}`, certificate, language),
        ),
        language,
      ),
      section(
        'disclosures',
        data.disclosures.map((disclosure) =>
          block(`${disclosure.organisationName[language]} — ${at(disclosure.at)}`, disclosure, language),
        ),
        language,
      ),
      section(
        'notes',
        data.notes.map((note) => ({ heading: label(FIELD_LABELS, note.topic, language), rows: [{ label: '', value: note[language] }] })),
        language,
      ),
    ],
  };
};
