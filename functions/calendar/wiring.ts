import { randomUUID } from 'node:crypto';
import { documentClient } from '../../shared/adapters/dynamodb/document-client.ts';
import { DynamoDbCalendarJobs } from '../../shared/adapters/dynamodb/dynamodb-calendar-jobs.ts';
import { listRunningRuns } from '../../shared/adapters/dynamodb/job-runs/list-running-runs.ts';
import { anyOverduePlacement } from '../../shared/adapters/dynamodb/dynamodb-overdue-placements.ts';
import type { MatchingRunDependencies } from '../../shared/internships/use-cases/matching-runs/matching-run-dependencies.ts';
import type { PlacementDependencies } from '../../shared/internships/use-cases/placements/placement-dependencies.ts';
import type { AssignmentRunDependencies } from '../../shared/reviews/use-cases/assignment-runs/assignment-run-dependencies.ts';
import { DynamoDbGateRunRepository } from '../../shared/adapters/dynamodb/dynamodb-gate-run-repository.ts';
import { DynamoDbProgrammeRepository } from '../../shared/adapters/dynamodb/dynamodb-programme-repository.ts';
import { DynamoDbSeasonRepository } from '../../shared/adapters/dynamodb/dynamodb-season-repository.ts';
import { sfnClient } from '../../shared/adapters/sfn/sfn-client.ts';
import { SfnWorkflowStarter } from '../../shared/adapters/sfn/sfn-workflow-starter.ts';
import type { GateRunRepository } from '../../shared/progression/ports/gate-run-repository.ts';
import { ENV, requireEnv } from '../../shared/platform/config/env.ts';
import { RUNNING_INTERNSHIP_MATCHING_PARTITION, RUNNING_REVIEW_ASSIGNMENTS_PARTITION } from '../../shared/platform/keys/keys.ts';
import { once } from '../../shared/platform/wiring/once.ts';
import type { CalendarJobRepository } from '../../shared/progression/ports/calendar-job-repository.ts';
import type { ProgrammeRepository } from '../../shared/catalogue/ports/programme-repository.ts';
import type { SeasonRepository } from '../../shared/catalogue/ports/season-repository.ts';
import type { WorkflowStarter } from '../../shared/platform/workflow/workflow-starter.ts';

/** What the calendar tick reaches: the catalogue, gate runs, calendar jobs, the cohortGate machine and the review assignment runs. */
export interface CalendarWiring {
  readonly programmes: ProgrammeRepository;
  readonly seasons: SeasonRepository;
  readonly gateRuns: GateRunRepository;
  readonly calendarJobs: CalendarJobRepository;
  readonly workflows: WorkflowStarter;
  readonly clock: () => Date;
  readonly newId: () => string;
  /** The reviews' assignment runs, which the tick resumes as it resumes gates. */
  readonly assignmentRuns: {
    /** The runs holding their stage's lock, every season: one small Query, all a tick reads while none runs. */
    readonly listRunning: () => Promise<readonly { readonly seasonId: string; readonly runId: string }[]>;
    /** The runs' store and the machine, loaded at the first tick that finds a run to look at. */
    readonly reconciling: () => Promise<Pick<AssignmentRunDependencies, 'runs' | 'workflows' | 'clock'>>;
  };
  /** The internships' matching runs, resumed as the review assignment runs are, and their placements' answer deadlines. */
  readonly internships: {
    /** The matching runs holding their stage's lock, every season: one small Query. */
    readonly listRunningMatches: () => Promise<readonly { readonly seasonId: string; readonly runId: string }[]>;
    readonly reconciling: () => Promise<Pick<MatchingRunDependencies, 'runs' | 'workflows' | 'clock'>>;
    /** Whether any offered placement is past its deadline: one Query of a key, Limit 1. */
    readonly anyOverdue: (now: Date) => Promise<boolean>;
    /** What expiring a placement reads and mails with (its offer, the catalogue, the applicant, the host), loaded at the first tick with one due. */
    readonly expiring: () => Promise<
      Pick<PlacementDependencies, 'placements' | 'offers' | 'programmes' | 'seasons' | 'organisations' | 'recipients'>
    >;
  };
}

/** Built once per Lambda container (the handler calls it at cold start) and shared by every tick. */
export const wiring: () => CalendarWiring = once(() => {
  const tableName = requireEnv(ENV.tableName);
  const client = documentClient();
  // Read SFN_ENDPOINT at first use, so a test can point the tick at a Step Functions server of its own.
  const workflows = new SfnWorkflowStarter(sfnClient);
  const clock = () => new Date();
  const programmes = new DynamoDbProgrammeRepository(client, tableName);
  const seasons = new DynamoDbSeasonRepository(client, tableName);
  return {
    programmes,
    seasons,
    gateRuns: new DynamoDbGateRunRepository(client, tableName),
    calendarJobs: new DynamoDbCalendarJobs(client, tableName),
    workflows,
    clock,
    newId: randomUUID,
    assignmentRuns: {
      listRunning: () => listRunningRuns(client, tableName, RUNNING_REVIEW_ASSIGNMENTS_PARTITION),
      reconciling: once(async () => {
        const { DynamoDbReviewAssignmentRuns } = await import('../../shared/adapters/dynamodb/dynamodb-review-assignment-runs.ts');
        return { runs: new DynamoDbReviewAssignmentRuns(client, tableName), workflows, clock };
      }),
    },
    internships: {
      listRunningMatches: () => listRunningRuns(client, tableName, RUNNING_INTERNSHIP_MATCHING_PARTITION),
      reconciling: once(async () => {
        const { DynamoDbMatchingRuns } = await import('../../shared/adapters/dynamodb/dynamodb-matching-runs.ts');
        return { runs: new DynamoDbMatchingRuns(client, tableName), workflows, clock };
      }),
      anyOverdue: (now) => anyOverduePlacement(client, tableName, now),
      expiring: once(async () => {
        const [
          { DynamoDbPlacements },
          { placementOffersFrom },
          { DynamoDbInternshipStore },
          { dynamoDbPlacementRecipients },
          { dynamoDbApplicantRecords },
          { DynamoDbPartnerOrganisations },
        ] = await Promise.all([
          import('../../shared/adapters/dynamodb/dynamodb-placements.ts'),
          import('../../shared/adapters/dynamodb/dynamodb-placement-offers.ts'),
          import('../../shared/adapters/dynamodb/dynamodb-internship-store.ts'),
          import('../../shared/adapters/dynamodb/dynamodb-placement-recipients.ts'),
          import('../../shared/adapters/dynamodb/dynamodb-applicant-records.ts'),
          import('../../shared/adapters/dynamodb/dynamodb-partner-organisations.ts'),
        ]);
        return {
          placements: new DynamoDbPlacements(client, tableName),
          offers: placementOffersFrom(new DynamoDbInternshipStore(client, tableName)),
          programmes,
          seasons,
          organisations: new DynamoDbPartnerOrganisations(client, tableName),
          recipients: dynamoDbPlacementRecipients(client, tableName, dynamoDbApplicantRecords(client, tableName)),
        };
      }),
    },
  };
});
