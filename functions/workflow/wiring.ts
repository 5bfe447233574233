import { dynamoDbRubricScores } from '../../shared/adapters/dynamodb/dynamodb-rubric-scores.ts';
import { documentClient } from '../../shared/adapters/dynamodb/document-client.ts';
import { dynamoDbApplicantRecords } from '../../shared/adapters/dynamodb/dynamodb-applicant-records.ts';
import { lazyCalendarJobs } from '../../shared/adapters/dynamodb/lazy-calendar-jobs.ts';
import type { CalendarJobRepository } from '../../shared/progression/ports/calendar-job-repository.ts';
import { DynamoDbGateRunRepository } from '../../shared/adapters/dynamodb/dynamodb-gate-run-repository.ts';
import { DynamoDbGateStagePages } from '../../shared/adapters/dynamodb/dynamodb-gate-stage-pages.ts';
import { DynamoDbApplicationRepository } from '../../shared/adapters/dynamodb/dynamodb-application-repository.ts';
import { DynamoDbPendingEffectRepository } from '../../shared/adapters/dynamodb/dynamodb-pending-effect-repository.ts';
import { dynamoDbDataReleases } from '../../shared/adapters/dynamodb/dynamodb-data-releases.ts';
import { releaseValidityDays } from '../../shared/releases/domain/release-validity.ts';
import { lazyCertificateRequests } from '../../shared/adapters/dynamodb/lazy-certificate-requests.ts';
import { lazyRecommendationLetterRequests } from '../../shared/adapters/dynamodb/lazy-recommendation-letter-requests.ts';
import { lazyTeamMemberships } from '../../shared/adapters/dynamodb/lazy-team-memberships.ts';
import { DynamoDbEducationCatalogue } from '../../shared/adapters/dynamodb/dynamodb-education-catalogue.ts';
import { DynamoDbEducationProgress } from '../../shared/adapters/dynamodb/dynamodb-education-progress.ts';
import { currentShortlist } from '../../shared/education/use-cases/current-shortlist.ts';
import { DynamoDbTransitionFailureRepository } from '../../shared/adapters/dynamodb/dynamodb-transition-failure-repository.ts';
import type { GatePageDependencies } from '../../shared/progression/use-cases/gates/process-gate-page.ts';
import type { TransitionDependencies } from '../../shared/progression/use-cases/transitions/transition-dependencies.ts';
import { DynamoDbMailQueue } from '../../shared/adapters/dynamodb/dynamodb-mail-queue.ts';
import { DynamoDbProgrammeRepository } from '../../shared/adapters/dynamodb/dynamodb-programme-repository.ts';
import { DynamoDbSeasonRepository } from '../../shared/adapters/dynamodb/dynamodb-season-repository.ts';
import { DynamoDbWorkflowFailureRepository } from '../../shared/adapters/dynamodb/dynamodb-workflow-failure-repository.ts';
import { ENV, optionalPositiveIntEnv, requireEnv } from '../../shared/platform/config/env.ts';
import { once } from '../../shared/platform/wiring/once.ts';
import type { CatalogueDependencies } from '../../shared/catalogue/use-cases/catalogue-dependencies.ts';
import type { MatchingStepDependencies } from '../../shared/internships/use-cases/matching-runs/matching-run-dependencies.ts';
import type { AssignmentRunPageDependencies } from '../../shared/reviews/use-cases/assignment-runs/assignment-run-dependencies.ts';
import { businessProgressionMetrics } from '../../shared/adapters/metrics/business-progression-metrics.ts';
import { businessMetrics } from '../../shared/platform/observability/metrics.ts';

/** Everything the workflow function's tasks reach outside pure code for. */
export type WorkflowWiring = Pick<CatalogueDependencies, 'programmes' | 'seasons' | 'mailQueue' | 'failures' | 'clock'> &
  Omit<TransitionDependencies, 'workflows'> &
  GatePageDependencies & {
    /** Applications per page of a cohort gate (GATE_PAGE_SIZE, else the default); tests set a small one to make shards span pages. */
    readonly gatePageSize?: number | undefined;
    /** Opening a season plans its calendar jobs (gates at a window's close, reminders before it). */
    readonly calendarJobs: CalendarJobRepository;
    /** The review assignment tasks' dependencies, loaded at the first such task (review-assignment-wiring.ts). */
    readonly reviewAssignments: () => Promise<AssignmentRunPageDependencies>;
    /** The internship matching tasks' dependencies, loaded at the first such task (internship-matching-wiring.ts). */
    readonly internshipMatching: () => Promise<MatchingStepDependencies>;
  };

/** Built once per Lambda container (the handler calls it at cold start) and shared by every task invocation. */
export const wiring: () => WorkflowWiring = once(() => {
  const tableName = requireEnv(ENV.tableName);
  const client = documentClient();
  const programmes = new DynamoDbProgrammeRepository(client, tableName);
  const seasons = new DynamoDbSeasonRepository(client, tableName);
  const clock = () => new Date();
  const mailQueue = new DynamoDbMailQueue(client, tableName);
  return {
    programmes,
    seasons,
    mailQueue,
    failures: new DynamoDbWorkflowFailureRepository(client, tableName),
    applications: new DynamoDbApplicationRepository(client, tableName),
    applicants: dynamoDbApplicantRecords(client, tableName),
    // The `shortlist` guard: progress against the season's current catalogue; a gate's page reads them once (forPage).
    shortlist: currentShortlist({
      catalogues: new DynamoDbEducationCatalogue(client, tableName),
      progress: new DynamoDbEducationProgress(client, tableName),
    }),
    teamMemberships: lazyTeamMemberships(client, tableName),
    // The `rubricScore` guard: the scores the reviews store once a rubric's reviews are all in.
    rubricScores: dynamoDbRubricScores(client, tableName),
    pendingEffects: new DynamoDbPendingEffectRepository(client, tableName),
    // The release effects: the releases module's use case, over the table (loaded at the first release).
    dataReleases: dynamoDbDataReleases(client, tableName, releaseValidityDays(optionalPositiveIntEnv(ENV.dataReleaseValidityDays))),
    // The `requestRecommendationLetter` effect: the mentoring capability asks the pair's mentor.
    recommendationLetters: lazyRecommendationLetterRequests(client, tableName, clock),
    // The `issueCertificate` effect: the certificates capability records the certificate; its issuer signs and renders it.
    certificates: lazyCertificateRequests(client, tableName, clock),
    transitionFailures: new DynamoDbTransitionFailureRepository(client, tableName),
    metrics: businessProgressionMetrics(businessMetrics),
    gateRuns: new DynamoDbGateRunRepository(client, tableName),
    stagePages: new DynamoDbGateStagePages(client, tableName),
    calendarJobs: lazyCalendarJobs(client, tableName),
    gatePageSize: optionalPositiveIntEnv(ENV.gatePageSize),
    reviewAssignments: once(() =>
      import('./review-assignment-wiring.ts').then((module) =>
        module.reviewAssignmentWiring(client, tableName, { programmes, seasons, clock }),
      ),
    ),
    internshipMatching: once(() =>
      import('./internship-matching-wiring.ts').then((module) =>
        module.internshipMatchingWiring(
          client,
          tableName,
          { programmes, seasons, mailQueue, clock },
          optionalPositiveIntEnv(ENV.matchingPageSize),
        ),
      ),
    ),
    clock,
  };
});
