import type { DocumentApplications } from '../ports/document-applications.ts';
import type { ProgrammeRepository } from '../../catalogue/ports/programme-repository.ts';
import type { DocumentRepository } from '../ports/document-repository.ts';
import type { DocumentStore } from '../ports/document-store.ts';
import type { ExpertAssignments } from '../ports/expert-assignments.ts';
import type { MalwareScanner } from '../ports/malware-scanner.ts';
import type { ProcessingConsent } from '../ports/processing-consent.ts';

/** Everything the documents use cases reach outside pure code for; each use case picks what it needs. */
export interface DocumentsDependencies {
  readonly applications: DocumentApplications;
  /** Read-only here; the Lambda passes the catalogue cache (catalogue/ports/catalogue-cache.ts). */
  readonly programmes: Pick<ProgrammeRepository, 'find'>;
  readonly documents: DocumentRepository;
  readonly store: DocumentStore;
  readonly scanner: MalwareScanner;
  readonly experts: ExpertAssignments;
  /** The owner's consent to processing, asked before anything of an upload is stored. */
  readonly consent: ProcessingConsent;
  readonly clock: () => Date;
  readonly newId: () => string;
}
