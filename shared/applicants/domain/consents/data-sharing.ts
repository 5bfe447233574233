import * as z from 'zod';
import type { LocalisedText } from '../../../platform/errors/app-error.ts';
import { uuidSchema } from '../../../platform/identifiers/identifiers.ts';
import { isoDateTime } from '../../../platform/time/iso-date-time.ts';
import { publishedTextVersionSchema } from './text-version.ts';

/**
 * Sharing a finalist's data with a third party is a purpose of its own under 152-FZ (art. 6, 9):
 * the applicant consents to it separately from the processing the programme itself needs, per
 * recipient, to a versioned text, naming each field that may be passed on. Two recipients exist:
 * - `region`: the youth-policy body of the subject of the Russian Federation the applicant applied
 *   from (ПроКадры sends its finalists there, to be considered for the region's talent pool);
 * - `host`: the organisation that hosts the applicant's internship.
 */
export const DATA_SHARING_PURPOSES = ['region', 'host'] as const;
export type DataSharingPurpose = (typeof DATA_SHARING_PURPOSES)[number];

/**
 * The fixed catalogue of what may be passed on, and nothing else: a consent names a subset of it,
 * and a release carries only the fields both the consent and the release name. The profile's own
 * bookkeeping (the account id, the preferred language) and everything the catalogue leaves out
 * (uploaded documents, answers, reviews' comments) never leave cadre this way.
 */
export const DATA_SHARING_FIELDS = [
  'name',
  'birthDate',
  'citizenship',
  'region',
  'contacts.email',
  'contacts.phone',
  'education',
  'workExperience',
  'activity',
  'track',
  'stage',
  'interviewScores',
] as const;
export type DataSharingField = (typeof DATA_SHARING_FIELDS)[number];

/** Each field as a consent text and an export name it. */
export const DATA_SHARING_FIELD_NAMES: Readonly<Record<DataSharingField, LocalisedText>> = {
  name: { ru: 'фамилия, имя, отчество', en: 'surname, given name and patronymic' },
  birthDate: { ru: 'дата рождения', en: 'date of birth' },
  citizenship: { ru: 'гражданство', en: 'citizenship' },
  region: { ru: 'субъект Российской Федерации', en: 'subject of the Russian Federation' },
  'contacts.email': { ru: 'адрес электронной почты', en: 'email address' },
  'contacts.phone': { ru: 'номер телефона', en: 'phone number' },
  education: { ru: 'сведения об образовании', en: 'education' },
  workExperience: { ru: 'сведения о трудовой деятельности', en: 'work experience' },
  activity: {
    ru: 'общественная деятельность (организации, собственные проекты, стажировки, молодёжное правительство)',
    en: 'public activity (organisations, own projects, internships, youth government)',
  },
  track: { ru: 'трек программы', en: 'programme track' },
  stage: { ru: 'этап программы', en: 'programme stage' },
  interviewScores: { ru: 'оценки собеседований', en: 'interview scores' },
};

/** Fields in catalogue order, each once: how a consent and a release store them, so two equal sets compare equal. */
export const inCatalogueOrder = (fields: Iterable<DataSharingField>): DataSharingField[] => {
  const chosen = new Set(fields);
  return DATA_SHARING_FIELDS.filter((field) => chosen.has(field));
};

export const dataSharingFieldsSchema = z
  .array(z.enum(DATA_SHARING_FIELDS))
  .min(1)
  .max(DATA_SHARING_FIELDS.length)
  .refine((fields) => new Set(fields).size === fields.length, {
    message: 'Each field once',
    params: { code: 'duplicate-field', message: { ru: 'Каждое поле — один раз', en: 'Each field once' } },
  })
  .describe('The fields that may be passed on, from the fixed catalogue (GET /consent-texts lists it with each data-sharing text).');

/** A data-sharing consent in force for one purpose, as the consent state keeps it. */
export const dataSharingGrantSchema = z.strictObject({
  /** The consent record that gave it. */
  consentId: uuidSchema,
  textVersion: publishedTextVersionSchema,
  fields: dataSharingFieldsSchema,
  at: isoDateTime(),
});
export type DataSharingGrant = z.infer<typeof dataSharingGrantSchema>;

/** The consent state's attribute holding each purpose's grant (flat, so one record's write never touches the other's). */
export const DATA_SHARING_STATE_FIELDS = { region: 'dataSharingRegion', host: 'dataSharingHost' } as const satisfies Record<
  DataSharingPurpose,
  string
>;
export type DataSharingStateField = (typeof DATA_SHARING_STATE_FIELDS)[DataSharingPurpose];
