import type { Page, PageRequest } from '../../platform/paging/page.ts';
import type { DocumentRecord } from '../document-schema.ts';

export type DocumentWriteOutcome = 'written' | 'stale' | 'missing';

/**
 * Document records of applications (table: pk = APPLICATION#<id>, sk = DOCUMENT#<documentId>).
 * Submission reads them with the application's dossier (one Query of its partition) to check
 * completeness: a requirement is met by a record with its `requirementId` and `status === 'verified'`
 * (see verified-requirements.ts).
 */
export interface DocumentRepository {
  create(document: DocumentRecord): Promise<void>;
  find(applicationId: string, documentId: string): Promise<DocumentRecord | undefined>;
  /**
   * A page of the application's records in id order (every attempt, any status; only verified ones
   * with `verifiedOnly`), at most `limit` of them; the cursor is the adapter's, checked when it
   * comes back. A page is short only at the end.
   */
  /** `requirements`: only documents of these requirement ids (none when empty). */
  page(
    applicationId: string,
    request: PageRequest,
    options: { readonly verifiedOnly: boolean; readonly requirements?: readonly string[] },
  ): Promise<Page<DocumentRecord>>;
  /** Stores `document` if the stored version is `expectedVersion` (optimistic locking). */
  replace(document: DocumentRecord, expectedVersion: number): Promise<DocumentWriteOutcome>;
}
