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
import { DynamoDbReviewAssignmentRuns } from '../../shared/adapters/dynamodb/dynamodb-review-assignment-runs.ts';
import { ENV, optionalPositiveIntEnv, requireEnv } from '../../shared/platform/config/env.ts';
import { MAX_ASSIGNMENT_PAGE } from '../../shared/reviews/assignment-run-schema.ts';
import type { AssignmentRunDependencies } from '../../shared/reviews/use-cases/assignment-runs/assignment-run-dependencies.ts';
import { once } from '../../shared/platform/wiring/once.ts';
import type { ReviewDependencies } from '../../shared/reviews/use-cases/review-dependencies.ts';
import type { InterviewDependencies } from '../../shared/interviews/use-cases/interview-dependencies.ts';
import { openPanelScorecards } from '../../shared/reviews/use-cases/open-panel-scorecards.ts';
import { DynamoDbInterviewStore } from '../../shared/adapters/dynamodb/dynamodb-interview-store.ts';
import { DynamoDbPartnerOrganisations } from '../../shared/adapters/dynamodb/dynamodb-partner-organisations.ts';
import { partnerOrganisationResolver } from '../../shared/partners/use-cases/resolve-partner-organisation.ts';
import { dynamoDbInterviewSubjects } from '../../shared/adapters/dynamodb/dynamodb-interview-subjects.ts';
import type { ScoreExportDependencies } from '../../shared/reviews/use-cases/score-export/score-export-dependencies.ts';
import { DynamoDbScoreExportRuns } from '../../shared/adapters/dynamodb/dynamodb-score-export-runs.ts';
import { randomUUID } from 'node:crypto';

/** Everything the reviews function's routes reach outside pure code for. */
export interface ReviewsWiring {
  readonly reviews: ReviewDependencies;
  readonly interviews: InterviewDependencies;
  /** The review assignment runs' routes, built at the first of them. */
  readonly assignmentRuns: () => AssignmentRunDependencies;
  /** The export routes' side: start a run, read it, sign a link; the scoreExport machine's tasks (functions/workflow) do the rest. */
  readonly scoreExports: Pick<ScoreExportDependencies, 'staffedSeasons' | 'scoreExports' | 'workflows' | 'newId' | 'clock'>;
}

/** Built once per Lambda container, at the first call that needs it, and shared by every invocation. */
export const wiring: () => ReviewsWiring = once(() => {
  const tableName = requireEnv(ENV.tableName);
  const client = documentClient();
  const clock = () => new Date();
  const programmes = cachedProgrammes(client, tableName, clock);
  const seasons = cachedSeasons(client, tableName, clock);
  const workflows = lazySfnWorkflowStarter();
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
    workflows,
  }));
  const staffedSeasons = staffedSeasonCheck({ programmes, seasons });
  const mailQueue = new DynamoDbMailQueue(client, tableName);
  // The partner registry (shared/partners): interview events' owners, and who a partner on their panels acts for.
  const organisations = new DynamoDbPartnerOrganisations(client, tableName);
  const partnerOrganisation = partnerOrganisationResolver({ organisations });
  const reviews: ReviewDependencies = {
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
    partnerOrganisation,
    mailQueue,
    clock,
  };
  return {
    reviews,
    interviews: {
      store: new DynamoDbInterviewStore(client, tableName),
      subjects: dynamoDbInterviewSubjects(client, tableName, { programmes, seasons }),
      staffedSeasons,
      // The pool and the scorecards are the reviews capability's: its use cases plugged into the interviews' ports.
      seasonExperts: {
        notInPool: async (seasonId, experts) => {
          const members = await Promise.all(experts.map((expert) => reviews.pool.find(seasonId, expert)));
          return experts.filter((_, index) => members[index] === undefined);
        },
      },
      panelScorecards: { open: (request) => openPanelScorecards(reviews, request) },
      organisations,
      partnerOrganisation,
      mailQueue,
      mailRecall: mailQueue,
      clock,
    },
    assignmentRuns: once(() => ({
      runs: new DynamoDbReviewAssignmentRuns(client, tableName),
      workflows,
      staffedSeasons,
      clock,
      pageSize: optionalPositiveIntEnv(ENV.reviewAssignmentPageSize) ?? MAX_ASSIGNMENT_PAGE,
    })),
    scoreExports: {
      staffedSeasons,
      scoreExports: new DynamoDbScoreExportRuns(client, tableName),
      workflows: lazySfnWorkflowStarter(),
      newId: randomUUID,
      clock,
    },
  };
});
