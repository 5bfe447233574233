import type { CertificateRequests } from '../../ports/certificate-requests.ts';
import type { WorkflowStarter } from '../../../platform/workflow/workflow-starter.ts';
import type { MailQueue } from '../../../mail/ports/mail-queue.ts';
import type { ProgrammeRepository } from '../../../catalogue/ports/programme-repository.ts';
import type { SeasonRepository } from '../../../catalogue/ports/season-repository.ts';
import type { ApplicantRecords } from '../../../applications/ports/applicant-records.ts';
import type { ApplicationRepository } from '../../../applications/ports/application-repository.ts';
import type { ApplicationAccess } from '../../ports/application-access.ts';
import type { DataReleases } from '../../ports/data-releases.ts';
import type { PendingEffectRepository } from '../../ports/pending-effect-repository.ts';
import type { ProgressionMetrics } from '../../ports/progression-metrics.ts';
import type { RecommendationLetterRequests } from '../../ports/recommendation-letter-requests.ts';
import type { RubricScores } from '../../ports/rubric-scores.ts';
import type { ShortlistReader } from '../../ports/shortlist-reader.ts';
import type { TeamMembershipReader } from '../../../teams/ports/team-membership-reader.ts';
import type { TransitionFailureRepository } from '../../ports/transition-failure-repository.ts';

/** What deciding, applying and following up a transition reaches outside pure code for. */
export interface TransitionDependencies {
  readonly applications: ApplicationRepository;
  /** Read-only here; the applications Lambda passes the catalogue cache (catalogue/ports/catalogue-cache.ts). */
  readonly programmes: Pick<ProgrammeRepository, 'find'>;
  readonly seasons: Pick<SeasonRepository, 'find'>;
  readonly applicants: ApplicantRecords;
  /** Every mail is queued; only the queue's drainer sends (shared/mail). */
  readonly mailQueue: MailQueue;
  readonly shortlist: ShortlistReader;
  /** The `team` guard's fact; the teams use cases write the memberships. */
  readonly teamMemberships: TeamMembershipReader;
  /** The `rubricScore` guard's fact; the reviews use cases store the scores. */
  readonly rubricScores: RubricScores;
  readonly pendingEffects: PendingEffectRepository;
  /** The release effects; the releases module decides what goes to whom with which consent. */
  readonly dataReleases: DataReleases;
  /** The `requestRecommendationLetter` effect; the mentoring use cases keep pairs and letters. */
  readonly recommendationLetters: RecommendationLetterRequests;
  /** The `issueCertificate` effect; the certificates module records and issues them. */
  readonly certificates: CertificateRequests;
  readonly transitionFailures: TransitionFailureRepository;
  readonly workflows: WorkflowStarter;
  /** Counts of submissions and moves, by programme and stage. */
  readonly metrics: ProgressionMetrics;
  readonly clock: () => Date;
}

/**
 * What a caller's request about one application adds: who may act on it. The workflow's tasks go
 * without it; they act on what a checked request (or a staff member's gate) started.
 */
export interface ApplicationRequestDependencies extends TransitionDependencies {
  readonly applicationAccess: ApplicationAccess;
}
