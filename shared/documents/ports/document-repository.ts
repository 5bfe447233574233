import type { DocumentRecord } from '../document-schema.ts';

export type DocumentWriteOutcome = 'written' | 'stale' | 'missing';

/**
 * Document records of applications (table: pk = APPLICATION#<id>, sk = DOCUMENT#<documentId>).
 * The applications capability reads `listForApplication` at submission to check completeness:
 * a requirement is met by a record with its `requirementId` and `status === 'verified'`
 * (see verified-requirements.ts).
 */
export interface DocumentRepository {
  create(document: DocumentRecord): Promise<void>;
  find(applicationId: string, documentId: string): Promise<DocumentRecord | undefined>;
  /** Every record of the application (all attempts, any status), oldest id order; one Query per page of 1 MB. */
  listForApplication(applicationId: string): Promise<readonly DocumentRecord[]>;
  /** Stores `document` if the stored version is `expectedVersion` (optimistic locking). */
  replace(document: DocumentRecord, expectedVersion: number): Promise<DocumentWriteOutcome>;
}
