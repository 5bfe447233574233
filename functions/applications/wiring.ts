import { randomUUID } from 'node:crypto';
import { cachedProgrammes, cachedSeasons } from '../../shared/adapters/dynamodb/cached-catalogue.ts';
import { dynamoDbRubricScores } from '../../shared/adapters/dynamodb/dynamodb-rubric-scores.ts';
import { documentClient } from '../../shared/adapters/dynamodb/document-client.ts';
import { dynamoDbApplicantDependencies } from '../../shared/adapters/dynamodb/dynamodb-applicant-dependencies.ts';
import { dynamoDbApplicantRecords } from '../../shared/adapters/dynamodb/dynamodb-applicant-records.ts';
import { DynamoDbApplicationRepository } from '../../shared/adapters/dynamodb/dynamodb-application-repository.ts';
import { DynamoDbCalendarJobs } from '../../shared/adapters/dynamodb/dynamodb-calendar-jobs.ts';
import { DynamoDbEducationCatalogue } from '../../shared/adapters/dynamodb/dynamodb-education-catalogue.ts';
import { DynamoDbEducationProgress } from '../../shared/adapters/dynamodb/dynamodb-education-progress.ts';
import { DynamoDbGateRunRepository } from '../../shared/adapters/dynamodb/dynamodb-gate-run-repository.ts';
import { DynamoDbGateStagePages } from '../../shared/adapters/dynamodb/dynamodb-gate-stage-pages.ts';
import { DynamoDbMailQueue } from '../../shared/adapters/dynamodb/dynamodb-mail-queue.ts';
import { DynamoDbPeopleRelations } from '../../shared/adapters/dynamodb/dynamodb-people-relations.ts';
import { DynamoDbPendingEffectRepository } from '../../shared/adapters/dynamodb/dynamodb-pending-effect-repository.ts';
import { dynamoDbDataReleases } from '../../shared/adapters/dynamodb/dynamodb-data-releases.ts';
import { releaseValidityDays } from '../../shared/releases/domain/release-validity.ts';
import { lazyCertificateRequests } from '../../shared/adapters/dynamodb/lazy-certificate-requests.ts';
import { lazyRecommendationLetterRequests } from '../../shared/adapters/dynamodb/lazy-recommendation-letter-requests.ts';
import { DynamoDbTeams } from '../../shared/adapters/dynamodb/dynamodb-teams.ts';
import { DynamoDbTransitionFailureRepository } from '../../shared/adapters/dynamodb/dynamodb-transition-failure-repository.ts';
import { DynamoDbUndeliverableMail } from '../../shared/adapters/dynamodb/dynamodb-undeliverable-mail.ts';
import { lazySfnWorkflowStarter } from '../../shared/adapters/sfn/lazy-workflow-starter.ts';
import type { ApplicantDependencies } from '../../shared/applicants/use-cases/applicant-dependencies.ts';
import type { ApplicationTeams } from '../../shared/applications/ports/application-teams.ts';
import type { ApplicationDependencies } from '../../shared/applications/use-cases/application-dependencies.ts';
import { applicationAccessCheck } from '../../shared/applications/use-cases/load-application-context.ts';
import { staffedSeasonCheck } from '../../shared/catalogue/use-cases/staffed-season.ts';
import { currentShortlist } from '../../shared/education/use-cases/current-shortlist.ts';
import type { UndeliverableMailDependencies } from '../../shared/mail/use-cases/undeliverable-mail-dependencies.ts';
import { ENV, optionalPositiveIntEnv, requireEnv } from '../../shared/platform/config/env.ts';
import { once } from '../../shared/platform/wiring/once.ts';
import type { GateRequestDependencies } from '../../shared/progression/use-cases/gates/gate-dependencies.ts';
import type { ApplicationRequestDependencies } from '../../shared/progression/use-cases/transitions/transition-dependencies.ts';
import type { CalendarJobRepository } from '../../shared/progression/ports/calendar-job-repository.ts';
import { applicantTeamReader } from '../../shared/teams/use-cases/applicant-team-reader.ts';
import type { TeamDependencies } from '../../shared/teams/use-cases/team-dependencies.ts';
import { businessProgressionMetrics } from '../../shared/adapters/metrics/business-progression-metrics.ts';
import { businessMetrics } from '../../shared/platform/observability/metrics.ts';

/** Applications, and what staff decisions on their stage need (the transition and gate machines' starter among it). */
export type ApplicationsDependencies = ApplicationDependencies &
  ApplicationRequestDependencies &
  GateRequestDependencies &
  TeamDependencies & { readonly calendarJobs: CalendarJobRepository; readonly applicationTeams: ApplicationTeams } & Pick<
    UndeliverableMailDependencies,
    'undeliverableMail' | 'staffedSeasons'
  >;

/** Everything the applications function's routes reach outside pure code for. */
export interface ApplicationsWiring {
  /**
   * Profiles and consents. A consent withdrawal needs no hook here: applications read the consent
   * state live (staff lists mark the person's applications `processingStopped`, submission refuses).
   */
  readonly applicants: ApplicantDependencies;
  readonly applications: ApplicationsDependencies;
}

/**
 * Built once per Lambda container (the handler calls it at cold start) and shared by every
 * invocation. The Step Functions client is the exception: only the transition and gate routes
 * start or describe executions, so it is built at their first call.
 */
export const wiring: () => ApplicationsWiring = once(() => {
  const tableName = requireEnv(ENV.tableName);
  const client = documentClient();
  const clock = () => new Date();
  const applicants = dynamoDbApplicantDependencies(client, tableName);
  /** Project teams and their one-team-per-season guards; the same adapter answers the `team` transition guard. */
  const teams = new DynamoDbTeams(client, tableName);
  const programmes = cachedProgrammes(client, tableName, clock);
  const seasons = cachedSeasons(client, tableName, clock);
  const applications = new DynamoDbApplicationRepository(client, tableName);
  return {
    applicants,
    applications: {
      applications,
      programmes,
      seasons,
      // The catalogue's and the applications' access rules, plugged into the ports mail, teams and progression declare for them.
      staffedSeasons: staffedSeasonCheck({ programmes, seasons }),
      applicationAccess: applicationAccessCheck({ applications, programmes, seasons }),
      applicants: dynamoDbApplicantRecords(client, tableName, applicants),
      mailQueue: new DynamoDbMailQueue(client, tableName),
      undeliverableMail: new DynamoDbUndeliverableMail(client, tableName),
      // The `shortlist` guard: progress against the season's catalogue as it is now (no cache: staff add a course and decide right after).
      shortlist: currentShortlist({
        catalogues: new DynamoDbEducationCatalogue(client, tableName),
        progress: new DynamoDbEducationProgress(client, tableName),
      }),
      teams,
      relations: new DynamoDbPeopleRelations(client, tableName),
      applicationTeams: applicantTeamReader(teams),
      teamMemberships: teams,
      // The `rubricScore` guard: the scores the reviews store once a rubric's reviews are all in.
      rubricScores: dynamoDbRubricScores(client, tableName),
      pendingEffects: new DynamoDbPendingEffectRepository(client, tableName),
      // A programme may release data on a move the applicant makes (submission, withdrawal) too; loaded at the first.
      dataReleases: dynamoDbDataReleases(client, tableName, releaseValidityDays(optionalPositiveIntEnv(ENV.dataReleaseValidityDays))),
      // A submission's or withdrawal's effects may ask a mentor for a letter too (the mentoring capability).
      recommendationLetters: lazyRecommendationLetterRequests(client, tableName, clock),
      // The `issueCertificate` effect: the certificates capability records the certificate; its issuer signs and renders it.
      certificates: lazyCertificateRequests(client, tableName, clock),
      transitionFailures: new DynamoDbTransitionFailureRepository(client, tableName),
      metrics: businessProgressionMetrics(businessMetrics),
      workflows: lazySfnWorkflowStarter(),
      gateRuns: new DynamoDbGateRunRepository(client, tableName),
      stagePages: new DynamoDbGateStagePages(client, tableName),
      clock,
      newId: randomUUID,
      calendarJobs: new DynamoDbCalendarJobs(client, tableName),
    },
  };
});
