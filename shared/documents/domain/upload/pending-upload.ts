import type { DocumentRecord } from '../../document-schema.ts';

/**
 * An upload form issued and not confirmed yet. It counts against the application's caps
 * (upload-limits.ts) until its upload is confirmed or it expires, whichever comes first.
 */
export interface PendingUpload {
  readonly applicationId: string;
  readonly requirementId: string;
  readonly documentId: string;
  /** When the form stops working, and so stops counting (ISO 8601, UTC). */
  readonly expiresAt: string;
}

export const pendingUploadOf = (document: DocumentRecord): PendingUpload => ({
  applicationId: document.applicationId,
  requirementId: document.requirementId,
  documentId: document.id,
  expiresAt: document.uploadExpiresAt,
});
