import * as z from 'zod';
import { consentRecordSchema } from '../applicants/domain/consents/consent-record-schema.ts';
import { consentStateSchema } from '../applicants/domain/consents/consent-state.ts';
import { profileSchema } from '../applicants/domain/profile/profile-schema.ts';
import { applicationViewSchema } from '../applications/application-view.ts';
import { holderCertificateSchema } from '../certificates/certificate-view.ts';
import { documentViewSchema } from '../documents/document-view.ts';
import { educationViewSchema } from '../education/education-view-schema.ts';
import { placementViewSchema } from '../internships/placement-view.ts';
import { myInterviewSchema } from '../interviews/booking-schema.ts';
import { menteePairViewSchema } from '../mentoring/mentoring-pair-schema.ts';
import { mentoringSessionSchema } from '../mentoring/mentoring-session-schema.ts';
import { menteeLetterViewSchema } from '../mentoring/recommendation-letter-schema.ts';
import { applicationIdSchema, localIdSchema, subjectIdSchema } from '../platform/identifiers/identifiers.ts';
import { freeText } from '../platform/text/free-text.ts';
import { isoDateTime } from '../platform/time/iso-date-time.ts';
import { myDisclosureSchema } from '../releases/disclosure-schema.ts';
import { rubricAggregateSchema } from '../reviews/aggregate-schema.ts';
import { reviewSchema } from '../reviews/review-schema.ts';

/** Raised whenever a section is added, renamed or changes shape, so a program reading exports can tell them apart. */
export const OWN_DATA_SCHEMA_VERSION = 1;

/**
 * Bounds for the OpenAPI document only: a person holds a few applications (one per season), and
 * each of them a few dozen records. The export reads everything there is, page after page; these
 * sit far above what any person gathers.
 */
const MAX_APPLICATIONS = 500;
const MAX_RECORDS = 10_000;

const perApplication = { applicationId: applicationIdSchema };

/** A document of an application, every upload attempt: what is known of it, and where its owner gets a five-minute download link (never a link itself). */
export const ownDocumentSchema = documentViewSchema.extend({
  ...perApplication,
  downloadPath: z
    .string()
    .regex(/^\/applications\/[^/]+\/documents\/[^/]+\/download$/)
    .meta({ maxLength: 200 })
    .describe('GET this path of the API (with your token) for a download link valid five minutes.'),
});
export type OwnDocument = z.infer<typeof ownDocumentSchema>;

/** A submitted review as its applicant may read it: the comment meant for them, never the expert, the scores or the note for staff. */
export const ownReviewSchema = reviewSchema
  .pick({ applicationId: true, rubricId: true, stage: true, commentForApplicant: true, submittedAt: true })
  .extend({ submittedAt: isoDateTime() });
export type OwnReview = z.infer<typeof ownReviewSchema>;

/** An application's score on a rubric: the result, how many reviews it came from, never who gave what. */
export const ownScoreSchema = rubricAggregateSchema
  .pick({ rubricId: true, method: true, score: true, reviewCount: true, passed: true, computedAt: true })
  .extend(perApplication);
export type OwnScore = z.infer<typeof ownScoreSchema>;

/** An application's courses with what was learnt, and the course ids as the learning platform reported them (a course since dropped from the catalogue too). */
export const ownLearningSchema = educationViewSchema.extend({
  recorded: z.strictObject({
    webinarsWatched: z.array(localIdSchema).max(MAX_RECORDS),
    broadcastsAttended: z.array(localIdSchema).max(MAX_RECORDS),
    updatedAt: isoDateTime().optional(),
  }),
});
export type OwnLearning = z.infer<typeof ownLearningSchema>;

export const ownMentoringSchema = z.strictObject({
  ...perApplication,
  pair: menteePairViewSchema.optional(),
  sessions: z.array(mentoringSessionSchema).max(MAX_RECORDS),
  letter: menteeLetterViewSchema.optional(),
});
export type OwnMentoring = z.infer<typeof ownMentoringSchema>;

/** What the export does not list, and why: said in the export itself, so its reader is not left to guess. */
export const exportNoteSchema = z.strictObject({
  topic: z.enum(['mails']),
  ru: freeText({ max: 1000 }),
  en: freeText({ max: 1000 }),
});
export type ExportNote = z.infer<typeof exportNoteSchema>;

/**
 * Everything cadre holds about the person asking (152-FZ Art. 14, GDPR Art. 15 and 20): one
 * document, machine-readable, each section as its owning module shows it to the person. Sections a
 * person has nothing in are empty, never absent.
 */
export const ownDataExportSchema = z
  .strictObject({
    schemaVersion: z.literal(OWN_DATA_SCHEMA_VERSION),
    generatedAt: isoDateTime(),
    /** The person's account: the subject of every record below. */
    subject: subjectIdSchema,
    /** The language the HTML and PDF renderings are in. */
    language: z.enum(['ru', 'en']),
    profile: profileSchema.nullable().describe('Null when no profile was ever saved.'),
    consents: z.strictObject({
      records: z.array(consentRecordSchema).max(MAX_RECORDS).describe('Every consent, a guardian’s and every withdrawal, oldest first.'),
      current: consentStateSchema.nullable().describe('What is in force now; null before the first consent.'),
    }),
    applications: z
      .array(applicationViewSchema.omit({ documents: true }))
      .max(MAX_APPLICATIONS)
      .describe('Every application, oldest first, with its whole history, answers, track, stage and project team.'),
    documents: z.array(ownDocumentSchema).max(MAX_RECORDS),
    education: z.array(ownLearningSchema).max(MAX_APPLICATIONS).describe('Learning progress, per application.'),
    reviews: z.array(ownReviewSchema).max(MAX_RECORDS),
    scores: z.array(ownScoreSchema).max(MAX_RECORDS),
    interviews: z.array(myInterviewSchema).max(MAX_RECORDS).describe('Interview bookings in every interview stage, with their events.'),
    placements: z.array(placementViewSchema).max(MAX_RECORDS).describe('Internship placements offered, with every step taken.'),
    mentoring: z.array(ownMentoringSchema).max(MAX_APPLICATIONS),
    certificates: z.array(holderCertificateSchema).max(MAX_RECORDS),
    disclosures: z
      .array(myDisclosureSchema)
      .max(MAX_RECORDS)
      .describe('Who received which of your fields, when and how, newest first (the fields’ names, never their values).'),
    notes: z.array(exportNoteSchema).max(10),
  })
  .meta({ id: 'OwnDataExport' });
export type OwnDataExport = z.infer<typeof ownDataExportSchema>;
