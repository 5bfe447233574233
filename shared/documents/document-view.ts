import * as z from 'zod';
import { DOCUMENT_FORMATS, type DocumentFormat } from '../catalogue/domain/config/document-requirements-schema.ts';
import { DOCUMENT_STATUSES, REJECTION_REASONS, documentIdSchema, type DocumentRecord } from './document-schema.ts';
import { REJECTION_MESSAGES } from './document-errors.ts';
import { isoDateTime } from '../platform/time/iso-date-time.ts';

const FORMAT_NAMES = Object.keys(DOCUMENT_FORMATS) as [DocumentFormat, ...DocumentFormat[]];

/** A document as the API shows it: storage details (keys, versions, limits) stay inside. */
export const documentViewSchema = z.strictObject({
  id: documentIdSchema,
  requirementId: z.string().max(40),
  format: z.enum(FORMAT_NAMES),
  contentType: z.string().max(200),
  fileName: z.string().max(255),
  size: z.int().optional(),
  durationSeconds: z.number().optional(),
  status: z.enum(DOCUMENT_STATUSES),
  rejection: z
    .strictObject({
      reason: z.enum(REJECTION_REASONS),
      message: z.strictObject({ ru: z.string().max(500), en: z.string().max(500) }),
      at: isoDateTime(),
    })
    .optional(),
  createdAt: isoDateTime(),
  updatedAt: isoDateTime(),
  verifiedAt: isoDateTime().optional(),
});
export type DocumentView = z.infer<typeof documentViewSchema>;

export const toDocumentView = (document: DocumentRecord): DocumentView => ({
  id: document.id,
  requirementId: document.requirementId,
  format: document.format,
  contentType: document.contentType,
  fileName: document.fileName,
  size: document.size,
  durationSeconds: document.durationSeconds,
  status: document.status,
  rejection:
    document.rejection === undefined ? undefined : { ...document.rejection, message: REJECTION_MESSAGES[document.rejection.reason] },
  createdAt: document.createdAt,
  updatedAt: document.updatedAt,
  verifiedAt: document.verifiedAt,
});
