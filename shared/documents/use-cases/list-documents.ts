import type { Identity } from '../../platform/auth/identity.ts';
import { findReadableDossier } from './access/application-access.ts';
import type { DocumentRecord } from '../document-schema.ts';
import type { DocumentsDependencies } from './documents-dependencies.ts';
import { settleDocument } from './settle-document.ts';

/**
 * An application's documents. Documents waiting for their malware verdict are asked about again
 * here, so a list shows the current answer without the applicant confirming twice. The owner and
 * staff see every attempt with its status; an assigned expert sees only what counts (verified).
 */
export const listDocuments = async (
  deps: Pick<DocumentsDependencies, 'applications' | 'documents' | 'store' | 'scanner' | 'clock' | 'newId'>,
  identity: Identity,
  applicationId: string,
): Promise<readonly DocumentRecord[]> => {
  const {
    dossier: { application, documents },
  } = await findReadableDossier(deps, identity, applicationId);
  const current = await Promise.all(
    documents.map((document) => (document.status === 'scanning' ? settleDocument(deps, document) : document)),
  );
  const seesEverything = identity.subject === application.applicantId || identity.roles.includes('staff');
  return seesEverything ? current : current.filter((document) => document.status === 'verified');
};
