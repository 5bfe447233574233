import type { ActingOrganisation } from '../ports/acting-organisation.ts';
import type { DocumentApplications } from '../ports/document-applications.ts';
import type { ProgrammeRepository } from '../../catalogue/ports/programme-repository.ts';
import type { DocumentRepository } from '../ports/document-repository.ts';
import type { DocumentStore } from '../ports/document-store.ts';
import type { ExpertAssignments } from '../ports/expert-assignments.ts';
import type { MalwareScanner } from '../ports/malware-scanner.ts';
import type { PendingUploads } from '../ports/pending-uploads.ts';
import type { UploadThrottle } from '../ports/upload-throttle.ts';
import type { UploadLimits } from '../domain/upload/upload-limits.ts';
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
  /** Which registered organisation a partner acts for: who reads through an organisation's interview scorecard. */
  readonly actingOrganisation: ActingOrganisation;
  /** The owner's consent to processing, asked before anything of an upload is stored. */
  readonly consent: ProcessingConsent;
  /** Upload forms not confirmed yet, counted against the caps in `uploadLimits`. */
  readonly pendingUploads: PendingUploads;
  /** Upload forms each caller asked for per window, counted against `uploadLimits`. */
  readonly uploadThrottle: UploadThrottle;
  /** UPLOAD_LIMITS in every deployment; tests of one bound lift the others. */
  readonly uploadLimits: UploadLimits;
  readonly clock: () => Date;
  readonly newId: () => string;
}
