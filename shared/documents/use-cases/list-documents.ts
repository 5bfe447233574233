import type { Identity } from '../../platform/auth/identity.ts';
import type { Page, PageRequest } from '../../platform/paging/page.ts';
import { findReadableApplication } from './access/application-access.ts';
import type { DocumentRecord } from '../document-schema.ts';
import type { DocumentsDependencies } from './documents-dependencies.ts';
import { settleDocument } from './settle-document.ts';

/**
 * A page of an application's documents. The owner and staff see every attempt with its status, and
 * documents of the page waiting for their malware verdict are asked about again, so a list shows the
 * current answer without the applicant confirming twice; an assigned expert sees only what counts
 * (verified) of the requirements their assignment lists, read as such from the table.
 */
export const listDocuments = async (
  deps: Pick<
    DocumentsDependencies,
    'applications' | 'experts' | 'actingOrganisation' | 'documents' | 'store' | 'scanner' | 'clock' | 'newId'
  >,
  identity: Identity,
  applicationId: string,
  request: PageRequest,
): Promise<Page<DocumentRecord>> => {
  const { application, reads } = await findReadableApplication(deps, identity, applicationId);
  const page = await deps.documents.page(
    application.id,
    request,
    reads === 'every-document' ? { verifiedOnly: false } : { verifiedOnly: true, requirements: [...reads.verifiedOf] },
  );
  const items = await Promise.all(
    page.items.map((document) => (document.status === 'scanning' ? settleDocument(deps, document) : document)),
  );
  return { items, nextCursor: page.nextCursor };
};
