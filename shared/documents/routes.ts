import * as z from 'zod';
import { cursorQuerySchema, nextCursorSchema } from '../platform/paging/cursor-schemas.ts';
import { defineRoute } from '../platform/http/route.ts';
import { applicationIdSchema } from '../platform/identifiers/identifiers.ts';
import { documentIdSchema } from './document-schema.ts';
import { UPLOAD_LIMITS } from './domain/upload/upload-limits.ts';
import { documentViewSchema } from './document-view.ts';
import { downloadLinkSchema } from './use-cases/get-download-link.ts';
import { requestUploadInputSchema, uploadTicketSchema } from './use-cases/request-upload.ts';

const applicationParams = z.strictObject({ applicationId: applicationIdSchema });
const documentParams = z.strictObject({ applicationId: applicationIdSchema, documentId: documentIdSchema });
const pageQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: cursorQuerySchema,
});
const REJECTIONS =
  'The stored file failed verification; `code` is `document-<reason>` with reason one of `missing-object`, `empty`, `too-large`, `signature-mismatch`, `too-long`, `unreadable-container`, `infected`, `unscannable`. The document is rejected and its file deleted.';

export const requestDocumentUploadRoute = defineRoute({
  operationId: 'requestDocumentUpload',
  method: 'POST',
  path: '/applications/{applicationId}/documents',
  capability: 'documents',
  roles: ['applicant'],
  summary: 'Get a presigned POST form to upload one document of your application',
  description: `The requirement comes from the programme’s document requirements; the content type must be one of its formats and the size within its limit. Upload the file straight to storage with the form (multipart: the fields, then \`file\`), then confirm. Documents of the current or a later stage may be uploaded after submission. Forms are bounded: at most ${UPLOAD_LIMITS.pendingPerRequirement} per requirement and ${UPLOAD_LIMITS.pendingPerApplication} per application may wait for confirmation at a time (a form stops counting once its upload is confirmed, or when it expires), and one caller may ask for at most ${UPLOAD_LIMITS.formsPerWindow} forms per ${UPLOAD_LIMITS.windowSeconds} seconds.`,
  tags: ['documents'],
  request: { params: applicationParams, body: requestUploadInputSchema },
  responses: {
    201: { description: 'The upload form, valid for 15 minutes', body: uploadTicketSchema },
    409: {
      description:
        'No consent to the processing of personal data is in force (`consent-required`: give it with `POST /me/consents`, then repeat; nothing is recorded), the application is past the stage the document is for (`requirement-stage-passed`), or too many forms wait for confirmation (`too-many-pending-uploads`, at `body.requirementId` for the requirement’s cap, at `params.applicationId` for the application’s: upload and confirm, or wait for unused forms to expire; nothing is recorded).',
    },
    429: {
      description:
        'The caller asked for too many forms in a short time (`too-many-upload-requests`); the `Retry-After` header says in how many seconds to try again. Nothing is recorded.',
    },
  },
});

export const confirmDocumentRoute = defineRoute({
  operationId: 'confirmDocument',
  method: 'POST',
  path: '/applications/{applicationId}/documents/{documentId}/confirm',
  capability: 'documents',
  roles: ['applicant'],
  summary: 'Confirm an upload: the stored file is verified and scanned',
  description:
    'Checks the stored object: size, file signature against the declared format and, for videos, the duration read from the container; then the malware verdict. Idempotent: a verified document is returned unchanged.',
  tags: ['documents'],
  request: { params: documentParams },
  responses: {
    200: {
      description: 'The document: `verified`, or `scanning` while the malware verdict is pending (confirm or list again later)',
      body: documentViewSchema,
    },
    409: {
      description:
        'No consent to the processing of personal data is in force (`consent-required`: give it with `POST /me/consents`, then repeat) or nothing was uploaded with the form yet (`not-uploaded-yet`).',
    },
    422: { description: REJECTIONS },
  },
});

export const listApplicationDocumentsRoute = defineRoute({
  operationId: 'listApplicationDocuments',
  method: 'GET',
  path: '/applications/{applicationId}/documents',
  capability: 'documents',
  roles: ['applicant', 'staff', 'expert', 'partner'],
  summary: 'An application’s documents, a page at a time',
  description:
    'For the applicant and the programme’s staff every upload with its status; for an expert (or a partner organisation’s interviewer) assigned to the application the verified documents of the requirements the rubric shows. At most `limit` documents (25 unless asked, at most 100) per page, in a stable order; follow `nextCursor` until it is absent. A cursor is opaque and belongs to this application’s list: any other answers 400 `invalid-cursor`.',
  tags: ['documents'],
  request: { params: applicationParams, query: pageQuery },
  responses: {
    200: {
      description: 'A page of documents',
      body: z.strictObject({
        items: z.array(documentViewSchema).max(100),
        nextCursor: nextCursorSchema(),
      }),
    },
  },
});

export const getDocumentDownloadLinkRoute = defineRoute({
  operationId: 'getDocumentDownloadLink',
  method: 'GET',
  path: '/applications/{applicationId}/documents/{documentId}/download',
  capability: 'documents',
  roles: ['applicant', 'staff', 'expert', 'partner'],
  summary: 'A short-lived link to download a verified document',
  description: 'A presigned GET valid for 5 minutes that saves the file under its original name.',
  tags: ['documents'],
  request: { params: documentParams },
  responses: {
    200: { description: 'The link', body: downloadLinkSchema },
    409: { description: 'The document is not verified (`document-not-verified`).' },
  },
});

/** Document upload, verification and download routes (capability 'documents'). */
export const documentRoutes = [
  requestDocumentUploadRoute,
  confirmDocumentRoute,
  listApplicationDocumentsRoute,
  getDocumentDownloadLinkRoute,
] as const;
