import type { Identity } from '../../platform/auth/identity.ts';
import { notFound } from '../../platform/errors/common-errors.ts';
import { findOwnApplication } from './access/application-access.ts';
import { documentRejected, notUploadedYet } from '../document-errors.ts';
import type { DocumentRecord } from '../document-schema.ts';
import type { DocumentsDependencies } from './documents-dependencies.ts';
import { settleDocument } from './settle-document.ts';
import { pendingUploadOf } from '../domain/upload/pending-upload.ts';
import { requireProcessingConsent } from '../../applicants/domain/consents/require-processing-consent.ts';

/**
 * The applicant says the upload is done; the stored object is verified and scanned. Idempotent:
 * a verified document comes back unchanged, a rejected one is refused again with its reason.
 * Returns a verified document, or a scanning one whose malware verdict is not in yet. Refused
 * (409 `consent-required`), writing nothing, while the owner's consent to processing is not in force.
 */
export const confirmDocument = async (
  deps: Pick<DocumentsDependencies, 'applications' | 'documents' | 'store' | 'scanner' | 'consent' | 'pendingUploads' | 'clock' | 'newId'>,
  identity: Identity,
  applicationId: string,
  documentId: string,
): Promise<DocumentRecord> => {
  // The application (ownership), the document and the consent state are read at once, and a
  // refused owner check answers first.
  const [, document, consent] = await Promise.all([
    findOwnApplication(deps, identity, applicationId),
    deps.documents.find(applicationId, documentId),
    deps.consent.personalData(identity.subject),
  ]);
  requireProcessingConsent({ personalData: consent });
  if (document === undefined) throw notFound('document');

  const settled = await settleDocument(deps, document);
  // Confirmed: its form no longer counts against the caps (expiry would free it too, later).
  if (document.status === 'pending-upload' && settled.status !== 'pending-upload')
    await deps.pendingUploads.release(pendingUploadOf(document));
  if (settled.status === 'rejected') throw documentRejected(settled.rejection?.reason ?? 'missing-object');
  if (settled.status === 'pending-upload') throw notUploadedYet();
  return settled;
};
