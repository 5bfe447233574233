import * as z from 'zod';
import { DOCUMENT_FORMATS, type DocumentFormat } from '../catalogue/domain/config/document-requirements-schema.ts';
import { localIdSchema } from '../platform/identifiers/identifiers.ts';
import { isoDateTime } from '../platform/time/iso-date-time.ts';
import { uuidSchema } from '../platform/identifiers/identifiers.ts';

const FORMAT_NAMES = Object.keys(DOCUMENT_FORMATS) as [DocumentFormat, ...DocumentFormat[]];

/**
 * pending-upload: the upload form was issued and nothing has been confirmed yet;
 * scanning: the stored object passed every check of ours and waits for the malware verdict;
 * verified: it counts (the only status that does); rejected: a check failed, the object is deleted.
 */
export const DOCUMENT_STATUSES = ['pending-upload', 'scanning', 'verified', 'rejected'] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/** Why confirmation refused a document; each code has its ru/en text in document-errors.ts. */
export const REJECTION_REASONS = [
  'missing-object',
  'empty',
  'too-large',
  'signature-mismatch',
  'too-long',
  'unreadable-container',
  'infected',
  'unscannable',
] as const;
export type RejectionReason = (typeof REJECTION_REASONS)[number];

export const documentIdSchema = uuidSchema;

/**
 * One uploaded file of an application, answering one of the programme's document requirements.
 * Each upload attempt is its own record, so a rejected attempt stays on file with its reason while
 * the applicant tries again.
 */
export const documentSchema = z.strictObject({
  id: documentIdSchema,
  applicationId: uuidSchema,
  /** The owner's Cognito `sub`, copied from the application so a record speaks for itself. */
  applicantId: z.string().min(1).max(128),
  requirementId: localIdSchema,
  format: z.enum(FORMAT_NAMES),
  contentType: z.string().max(200),
  /** The name the applicant gave, kept for the download's Content-Disposition (never used as a key). */
  fileName: z.string().min(1).max(255),
  /** Where the upload form puts the file (under uploads/, which expires unless confirmed). */
  objectKey: z.string(),
  /** The uploaded version that was checked and scanned (versioned buckets): the one copied once verified. */
  objectVersionId: z.string().optional(),
  /**
   * The copy of exactly that version under verified/, made when the document was verified: what
   * downloads serve. No upload form can write there, so the bytes stay those verified while the
   * record lives, whatever is posted to the upload key afterwards.
   */
  verifiedObject: z.strictObject({ key: z.string(), versionId: z.string().optional() }).optional(),
  /** When the upload form stops working; a confirm before it finds no object yet leaves the record pending. */
  uploadExpiresAt: isoDateTime(),
  /** What the applicant declared at upload; `size` is what was actually stored. */
  declaredSize: z.int().min(1),
  /** The requirement's limits when the upload form was issued: confirmation holds the upload to what the form promised. */
  limits: z.strictObject({ maxBytes: z.int().min(1), maxDurationSeconds: z.int().min(1).optional() }),
  size: z.int().min(0).optional(),
  durationSeconds: z.number().min(0).optional(),
  status: z.enum(DOCUMENT_STATUSES),
  rejection: z.strictObject({ reason: z.enum(REJECTION_REASONS), at: isoDateTime() }).optional(),
  createdAt: isoDateTime(),
  updatedAt: isoDateTime(),
  verifiedAt: isoDateTime().optional(),
  version: z.int().min(1),
});
export type DocumentRecord = z.infer<typeof documentSchema>;
