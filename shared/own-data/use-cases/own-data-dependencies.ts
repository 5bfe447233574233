import type { ApplicantRecords } from '../ports/applicant-records.ts';
import type { ApplicationRecords } from '../ports/application-records.ts';
import type { CertificateRecords } from '../ports/certificate-records.ts';
import type { DocumentRecords } from '../ports/document-records.ts';
import type { DisclosureRecords } from '../ports/disclosure-records.ts';
import type { ExportThrottle } from '../ports/export-throttle.ts';
import type { InterviewRecords } from '../ports/interview-records.ts';
import type { LearningRecords } from '../ports/learning-records.ts';
import type { MentoringRecords } from '../ports/mentoring-records.ts';
import type { PlacementRecords } from '../ports/placement-records.ts';
import type { ReviewRecords } from '../ports/review-records.ts';

/** What the export reads through: one port per module that owns a kind of the person's records. */
export interface OwnDataDependencies {
  readonly applicants: ApplicantRecords;
  readonly applications: ApplicationRecords;
  readonly documents: DocumentRecords;
  readonly learning: LearningRecords;
  readonly reviews: ReviewRecords;
  readonly interviews: InterviewRecords;
  readonly placements: PlacementRecords;
  readonly mentoring: MentoringRecords;
  readonly certificates: CertificateRecords;
  readonly disclosures: DisclosureRecords;
  readonly throttle: ExportThrottle;
  readonly clock: () => Date;
}
