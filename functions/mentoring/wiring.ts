import { randomUUID } from 'node:crypto';
import { cachedProgrammes, cachedSeasons } from '../../shared/adapters/dynamodb/cached-catalogue.ts';
import { documentClient } from '../../shared/adapters/dynamodb/document-client.ts';
import { dynamoDbApplicantRecords } from '../../shared/adapters/dynamodb/dynamodb-applicant-records.ts';
import { DynamoDbApplicationRepository } from '../../shared/adapters/dynamodb/dynamodb-application-repository.ts';
import { dynamoDbDataReleases } from '../../shared/adapters/dynamodb/dynamodb-data-releases.ts';
import { DynamoDbEducationCatalogue } from '../../shared/adapters/dynamodb/dynamodb-education-catalogue.ts';
import { DynamoDbEducationProgress } from '../../shared/adapters/dynamodb/dynamodb-education-progress.ts';
import { DynamoDbMailQueue } from '../../shared/adapters/dynamodb/dynamodb-mail-queue.ts';
import { DynamoDbMentorPool } from '../../shared/adapters/dynamodb/dynamodb-mentor-pool.ts';
import { DynamoDbMentorProfiles } from '../../shared/adapters/dynamodb/dynamodb-mentor-profiles.ts';
import { DynamoDbMentoringPairs } from '../../shared/adapters/dynamodb/dynamodb-mentoring-pairs.ts';
import { dynamoDbMentoringSubjects } from '../../shared/adapters/dynamodb/dynamodb-mentoring-subjects.ts';
import { DynamoDbPendingEffectRepository } from '../../shared/adapters/dynamodb/dynamodb-pending-effect-repository.ts';
import { DynamoDbPeopleRelations } from '../../shared/adapters/dynamodb/dynamodb-people-relations.ts';
import { dynamoDbProjectScores } from '../../shared/adapters/dynamodb/dynamodb-project-scores.ts';
import { DynamoDbRecommendationLetters } from '../../shared/adapters/dynamodb/dynamodb-recommendation-letters.ts';
import { dynamoDbRubricScores } from '../../shared/adapters/dynamodb/dynamodb-rubric-scores.ts';
import { DynamoDbTeams } from '../../shared/adapters/dynamodb/dynamodb-teams.ts';
import { DynamoDbTransitionFailureRepository } from '../../shared/adapters/dynamodb/dynamodb-transition-failure-repository.ts';
import { lazyCertificateRequests } from '../../shared/adapters/dynamodb/lazy-certificate-requests.ts';
import { lazyRecommendationLetterRequests } from '../../shared/adapters/dynamodb/lazy-recommendation-letter-requests.ts';
import { lazySfnWorkflowStarter } from '../../shared/adapters/sfn/lazy-workflow-starter.ts';
import { applicationAccessCheck } from '../../shared/applications/use-cases/load-application-context.ts';
import { staffedSeasonCheck } from '../../shared/catalogue/use-cases/staffed-season.ts';
import { currentShortlist } from '../../shared/education/use-cases/current-shortlist.ts';
import type { MentoringDependencies } from '../../shared/mentoring/use-cases/mentoring-dependencies.ts';
import { ENV, optionalPositiveIntEnv, requireEnv } from '../../shared/platform/config/env.ts';
import { once } from '../../shared/platform/wiring/once.ts';
import { withdrawApplication } from '../../shared/progression/use-cases/submission/withdraw-application.ts';
import { requestTransitionAs } from '../../shared/progression/use-cases/transitions/request-transition-as.ts';
import { releaseValidityDays } from '../../shared/releases/domain/release-validity.ts';
import { businessProgressionMetrics } from '../../shared/adapters/metrics/business-progression-metrics.ts';
import { businessMetrics } from '../../shared/platform/observability/metrics.ts';

/** Everything the mentoring function's routes reach outside pure code for. */
export interface MentoringWiring {
  readonly mentoring: MentoringDependencies;
}

/** Built once per Lambda container, at the first call that needs it, and shared by every invocation. */
export const wiring: () => MentoringWiring = once(() => {
  const tableName = requireEnv(ENV.tableName);
  const client = documentClient();
  const clock = () => new Date();
  const programmes = cachedProgrammes(client, tableName, clock);
  const seasons = cachedSeasons(client, tableName, clock);
  const mailQueue = new DynamoDbMailQueue(client, tableName);
  // What deciding, starting and withdrawing a mentee's move reads, built at the first agreement, acceptance or completion.
  const progression = once(() => {
    const applications = new DynamoDbApplicationRepository(client, tableName);
    return {
      applications,
      programmes,
      seasons,
      applicationAccess: applicationAccessCheck({ applications, programmes, seasons }),
      applicants: dynamoDbApplicantRecords(client, tableName),
      shortlist: currentShortlist({
        catalogues: new DynamoDbEducationCatalogue(client, tableName),
        progress: new DynamoDbEducationProgress(client, tableName),
      }),
      teamMemberships: new DynamoDbTeams(client, tableName),
      rubricScores: dynamoDbRubricScores(client, tableName),
      workflows: lazySfnWorkflowStarter(),
      mailQueue,
      pendingEffects: new DynamoDbPendingEffectRepository(client, tableName),
      recommendationLetters: lazyRecommendationLetterRequests(client, tableName, clock),
      // The `issueCertificate` effect: the certificates capability records the certificate; its issuer signs and renders it.
      certificates: lazyCertificateRequests(client, tableName, clock),
      // A withdrawal's effects may release data too (the releases module, loaded at the first release).
      dataReleases: dynamoDbDataReleases(client, tableName, releaseValidityDays(optionalPositiveIntEnv(ENV.dataReleaseValidityDays))),
      transitionFailures: new DynamoDbTransitionFailureRepository(client, tableName),
      metrics: businessProgressionMetrics(businessMetrics),
      clock,
    };
  });
  return {
    mentoring: {
      profiles: new DynamoDbMentorProfiles(client, tableName),
      pool: new DynamoDbMentorPool(client, tableName),
      pairs: new DynamoDbMentoringPairs(client, tableName),
      letters: new DynamoDbRecommendationLetters(client, tableName),
      subjects: dynamoDbMentoringSubjects(client, tableName, { programmes, seasons }),
      // The catalogue's staff scope, plugged into the port mentoring declares for it.
      staffedSeasons: staffedSeasonCheck({ programmes, seasons }),
      // The project evaluation's scores, as the reviews store keeps them.
      scores: dynamoDbProjectScores(client, tableName),
      // Progression moves the mentee through the pipeline as the mentor or the mentee (the applicationTransition machine).
      moves: {
        move: async (request) => {
          await requestTransitionAs(progression(), request);
        },
        withdraw: async (identity, applicationId) => {
          await withdrawApplication(progression(), identity, applicationId);
        },
      },
      relations: new DynamoDbPeopleRelations(client, tableName),
      mailQueue,
      clock,
      newId: randomUUID,
    },
  };
});
