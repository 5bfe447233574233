import { cachedProgrammes, cachedSeasons } from '../../shared/adapters/dynamodb/cached-catalogue.ts';
import { documentClient } from '../../shared/adapters/dynamodb/document-client.ts';
import { DynamoDbExpertPool } from '../../shared/adapters/dynamodb/dynamodb-expert-pool.ts';
import { DynamoDbMailQueue } from '../../shared/adapters/dynamodb/dynamodb-mail-queue.ts';
import { DynamoDbExpertProfiles } from '../../shared/adapters/dynamodb/dynamodb-expert-profiles.ts';
import { DynamoDbReviewStore } from '../../shared/adapters/dynamodb/dynamodb-review-store.ts';
import { dynamoDbReviewSubjects } from '../../shared/adapters/dynamodb/dynamodb-review-subjects.ts';
import { dynamoDbApplicantRecords } from '../../shared/adapters/dynamodb/dynamodb-applicant-records.ts';
import { DynamoDbApplicationRepository } from '../../shared/adapters/dynamodb/dynamodb-application-repository.ts';
import { DynamoDbEducationCatalogue } from '../../shared/adapters/dynamodb/dynamodb-education-catalogue.ts';
import { DynamoDbEducationProgress } from '../../shared/adapters/dynamodb/dynamodb-education-progress.ts';
import { dynamoDbRubricScores } from '../../shared/adapters/dynamodb/dynamodb-rubric-scores.ts';
import { DynamoDbTeams } from '../../shared/adapters/dynamodb/dynamodb-teams.ts';
import { lazySfnWorkflowStarter } from '../../shared/adapters/sfn/lazy-workflow-starter.ts';
import { staffedSeasonCheck } from '../../shared/catalogue/use-cases/staffed-season.ts';
import { currentShortlist } from '../../shared/education/use-cases/current-shortlist.ts';
import { moveOnRubricScore } from '../../shared/progression/use-cases/transitions/move-on-rubric-score.ts';
import { ENV, requireEnv } from '../../shared/platform/config/env.ts';
import { once } from '../../shared/platform/wiring/once.ts';
import type { ReviewDependencies } from '../../shared/reviews/use-cases/review-dependencies.ts';
import type { ScoreExportDependencies } from '../../shared/reviews/use-cases/score-export/score-export-dependencies.ts';
import { DynamoDbScoreExportRuns } from '../../shared/adapters/dynamodb/dynamodb-score-export-runs.ts';
import { lazyScoreExportFiles } from '../../shared/adapters/s3/lazy-score-export-files.ts';
import { randomUUID } from 'node:crypto';

/** Everything the reviews function's routes reach outside pure code for. */
export interface ReviewsWiring {
  readonly reviews: ReviewDependencies;
  /** The export routes' side: start a run, read it, sign a link; the scoreExport machine's tasks (functions/workflow) do the rest. */
  readonly scoreExports: Pick<ScoreExportDependencies, 'staffedSeasons' | 'scoreExports' | 'exportFiles' | 'workflows' | 'newId' | 'clock'>;
}

/** Built once per Lambda container, at the first call that needs it, and shared by every invocation. */
export const wiring: () => ReviewsWiring = once(() => {
  const tableName = requireEnv(ENV.tableName);
  const client = documentClient();
  const clock = () => new Date();
  const programmes = cachedProgrammes(client, tableName, clock);
  const seasons = cachedSeasons(client, tableName, clock);
  // What deciding and starting a transition reads, built at the first score that may move an application.
  const transitions = once(() => ({
    applications: new DynamoDbApplicationRepository(client, tableName),
    programmes,
    seasons,
    applicants: dynamoDbApplicantRecords(client, tableName),
    shortlist: currentShortlist({
      catalogues: new DynamoDbEducationCatalogue(client, tableName),
      progress: new DynamoDbEducationProgress(client, tableName),
    }),
    teamMemberships: new DynamoDbTeams(client, tableName),
    rubricScores: dynamoDbRubricScores(client, tableName),
    workflows: lazySfnWorkflowStarter(),
  }));
  const staffedSeasons = staffedSeasonCheck({ programmes, seasons });
  return {
    reviews: {
      profiles: new DynamoDbExpertProfiles(client, tableName),
      pool: new DynamoDbExpertPool(client, tableName),
      reviews: new DynamoDbReviewStore(client, tableName),
      subjects: dynamoDbReviewSubjects(client, tableName, { programmes, seasons }),
      // The catalogue's staff scope, plugged into the port reviews declare for it.
      staffedSeasons,
      // Progression moves the application on its new score where the programme says so (a `system` transition).
      scoreFollowUp: {
        scoreRecorded: async (applicationId, rubricId) => {
          await moveOnRubricScore(transitions(), applicationId, rubricId);
        },
      },
      mailQueue: new DynamoDbMailQueue(client, tableName),
      clock,
    },
    scoreExports: {
      staffedSeasons,
      scoreExports: new DynamoDbScoreExportRuns(client, tableName),
      // Only the download link touches the bucket (to sign it): S3 loads then, not at cold start.
      exportFiles: lazyScoreExportFiles(() => requireEnv(ENV.documentsBucket)),
      workflows: lazySfnWorkflowStarter(),
      newId: randomUUID,
      clock,
    },
  };
});
