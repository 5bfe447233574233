import { randomUUID } from 'node:crypto';
import { documentClient } from '../../shared/adapters/dynamodb/document-client.ts';
import { DynamoDbCalendarJobs } from '../../shared/adapters/dynamodb/dynamodb-calendar-jobs.ts';
import { listRunningAssignmentRuns } from '../../shared/adapters/dynamodb/dynamodb-running-assignment-runs.ts';
import type { AssignmentRunDependencies } from '../../shared/reviews/use-cases/assignment-runs/assignment-run-dependencies.ts';
import { DynamoDbGateRunRepository } from '../../shared/adapters/dynamodb/dynamodb-gate-run-repository.ts';
import { DynamoDbProgrammeRepository } from '../../shared/adapters/dynamodb/dynamodb-programme-repository.ts';
import { DynamoDbSeasonRepository } from '../../shared/adapters/dynamodb/dynamodb-season-repository.ts';
import { sfnClient } from '../../shared/adapters/sfn/sfn-client.ts';
import { SfnWorkflowStarter } from '../../shared/adapters/sfn/sfn-workflow-starter.ts';
import type { GateRunRepository } from '../../shared/progression/ports/gate-run-repository.ts';
import { ENV, requireEnv } from '../../shared/platform/config/env.ts';
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
}

/** Built once per Lambda container (the handler calls it at cold start) and shared by every tick. */
export const wiring: () => CalendarWiring = once(() => {
  const tableName = requireEnv(ENV.tableName);
  const client = documentClient();
  // Read SFN_ENDPOINT at first use, so a test can point the tick at a Step Functions server of its own.
  const workflows = new SfnWorkflowStarter(sfnClient);
  const clock = () => new Date();
  return {
    programmes: new DynamoDbProgrammeRepository(client, tableName),
    seasons: new DynamoDbSeasonRepository(client, tableName),
    gateRuns: new DynamoDbGateRunRepository(client, tableName),
    calendarJobs: new DynamoDbCalendarJobs(client, tableName),
    workflows,
    clock,
    newId: randomUUID,
    assignmentRuns: {
      listRunning: () => listRunningAssignmentRuns(client, tableName),
      reconciling: once(async () => {
        const { DynamoDbReviewAssignmentRuns } = await import('../../shared/adapters/dynamodb/dynamodb-review-assignment-runs.ts');
        return { runs: new DynamoDbReviewAssignmentRuns(client, tableName), workflows, clock };
      }),
    },
  };
});
