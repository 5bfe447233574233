import * as z from 'zod';
import type { Identity } from '../../platform/auth/identity.ts';
import { DOCUMENT_FORMATS } from '../../catalogue/domain/config/document-requirements-schema.ts';
import { localIdSchema } from '../../platform/identifiers/identifiers.ts';
import { freeText } from '../../platform/text/free-text.ts';
import { findOwnApplication } from './access/application-access.ts';
import { documentIdSchema, type DocumentRecord } from '../document-schema.ts';
import { uploadKeyPrefix, uploadObjectKey } from '../domain/upload/object-key.ts';
import { pendingUploadOf } from '../domain/upload/pending-upload.ts';
import { requirementForUpload } from '../domain/upload/requirement-for-upload.ts';
import { uploadWindowAt } from '../domain/upload/upload-limits.ts';
import { tooManyPendingUploads, tooManyUploadRequests } from '../document-errors.ts';
import type { DocumentsDependencies } from './documents-dependencies.ts';
import { requireProcessingConsent } from '../../applicants/domain/consents/require-processing-consent.ts';
import { isoDateTime } from '../../platform/time/iso-date-time.ts';

/** Short: the form is a bearer credential for one upload; an applicant who waits asks again. */
export const UPLOAD_FORM_SECONDS = 15 * 60;

export const requestUploadInputSchema = z.strictObject({
  requirementId: localIdSchema,
  // Free text (no control or bidi characters, no broken ones: the name comes back in a download's
  // Content-Disposition) without path separators.
  fileName: freeText({ max: 255 }).refine((name) => !/[/\\]/.test(name), {
    message: 'A file name without slashes',
    params: {
      code: 'file-name-with-slash',
      message: { ru: 'Имя файла не может содержать косую черту', en: 'A file name without slashes' },
    },
  }),
  contentType: z.string().min(1).max(200),
  size: z.int().min(1),
});
export type RequestUploadInput = z.infer<typeof requestUploadInputSchema>;

export const uploadTicketSchema = z.strictObject({
  documentId: documentIdSchema,
  upload: z.strictObject({
    url: z.string().max(2048).describe('POST a multipart form here: every field below, then the file as the last field, named `file`.'),
    fields: z.record(z.string().max(64), z.string().max(8192)),
  }),
  expiresAt: isoDateTime(),
});
export type UploadTicket = z.infer<typeof uploadTicketSchema>;

/**
 * Issues a presigned POST for one file answering one requirement and records the document as
 * pending-upload. The form binds the size range, the exact content type and the key; the file
 * goes straight to storage, never through the API. Bounded (upload-limits.ts): the caller's forms
 * per window first (429 `too-many-upload-requests` with `retry-after`; every request counts), then
 * the forms of the requirement and of the application still waiting for confirmation (409
 * `too-many-pending-uploads`, recording nothing). Refused (409 `consent-required`), writing
 * nothing, while the owner's consent to personal-data processing is not in force.
 */
export const requestUpload = async (
  deps: Pick<
    DocumentsDependencies,
    | 'applications'
    | 'programmes'
    | 'documents'
    | 'store'
    | 'consent'
    | 'pendingUploads'
    | 'uploadThrottle'
    | 'uploadLimits'
    | 'clock'
    | 'newId'
  >,
  identity: Identity,
  applicationId: string,
  input: RequestUploadInput,
): Promise<UploadTicket> => {
  const now = deps.clock();
  const limits = deps.uploadLimits;
  // Before anything is read: a caller asking for forms in a loop costs one conditional write each.
  const window = uploadWindowAt(now, limits.windowSeconds);
  if (!(await deps.uploadThrottle.take(identity.subject, window, limits.formsPerWindow))) throw tooManyUploadRequests(window.secondsLeft);

  // The consent state is read alongside the application; a refused owner check answers first.
  const [application, consent] = await Promise.all([
    findOwnApplication(deps, identity, applicationId),
    deps.consent.personalData(identity.subject),
  ]);
  requireProcessingConsent({ personalData: consent });
  const programme = await deps.programmes.find(application.programmeId);
  if (programme === undefined) throw new Error(`Application ${application.id} refers to a missing programme`);
  const { requirement, format } = requirementForUpload(programme.settings, application, input);

  const documentId = deps.newId();
  const expiresAt = new Date(now.getTime() + UPLOAD_FORM_SECONDS * 1000).toISOString();
  const contentType = DOCUMENT_FORMATS[format].contentType;
  const objectKey = uploadObjectKey(application.id, documentId, input.fileName, format);
  const document: DocumentRecord = {
    id: documentId,
    applicationId: application.id,
    applicantId: application.applicantId,
    requirementId: requirement.id,
    format,
    contentType,
    fileName: input.fileName,
    objectKey,
    uploadExpiresAt: expiresAt,
    declaredSize: input.size,
    limits: { maxBytes: requirement.maxBytes, maxDurationSeconds: requirement.maxDurationSeconds },
    status: 'pending-upload',
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    version: 1,
  };

  // The form takes its place first, so a refused one leaves nothing behind. Were the record's write
  // to fail after it, the place would be free again when the form expires.
  const held = await deps.pendingUploads.hold(
    pendingUploadOf(document),
    { perRequirement: limits.pendingPerRequirement, perApplication: limits.pendingPerApplication },
    now,
  );
  if (held === 'requirement-full') throw tooManyPendingUploads('requirement', limits.pendingPerRequirement, UPLOAD_FORM_SECONDS / 60);
  if (held === 'application-full') throw tooManyPendingUploads('application', limits.pendingPerApplication, UPLOAD_FORM_SECONDS / 60);

  const upload = await deps.store.uploadForm({
    key: objectKey,
    keyPrefix: uploadKeyPrefix(application.id, documentId),
    contentType,
    maxBytes: requirement.maxBytes,
    expiresInSeconds: UPLOAD_FORM_SECONDS,
  });
  await deps.documents.create(document);
  return { documentId, upload, expiresAt };
};
