import type { DocumentRecord } from '../document-schema.ts';

/**
 * What the documents capability needs to know of an application: whose it is, its programme, and
 * where it stands (requirements open and close with the stage, some apply to one track only). The
 * applications module owns the record; the function's wiring plugs its repository in.
 */
export interface DocumentApplication {
  readonly id: string;
  readonly applicantId: string;
  readonly programmeId: string;
  readonly stage: string;
  readonly track?: { readonly track: string } | undefined;
}

/** An application with everything its partition holds that documents read, in one Query. */
export interface DocumentDossier {
  readonly application: DocumentApplication;
  /** Every document record of the application (all attempts, any status). */
  readonly documents: readonly DocumentRecord[];
  /** Subjects of the experts assigned to the application. */
  readonly assignedExperts: readonly string[];
}

export interface DocumentApplications {
  find(applicationId: string): Promise<DocumentApplication | undefined>;
  findDossier(applicationId: string, options: { readonly history: false }): Promise<DocumentDossier | undefined>;
}
