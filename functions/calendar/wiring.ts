import { randomUUID } from 'node:crypto';
import { documentClient } from '../../shared/adapters/dynamodb/document-client.ts';
import { DynamoDbCalendarJobs } from '../../shared/adapters/dynamodb/dynamodb-calendar-jobs.ts';
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

/** What the calendar tick reaches: the catalogue, gate runs, calendar jobs, and the cohortGate machine. */
export interface CalendarWiring {
  readonly programmes: ProgrammeRepository;
  readonly seasons: SeasonRepository;
  readonly gateRuns: GateRunRepository;
  readonly calendarJobs: CalendarJobRepository;
  readonly workflows: WorkflowStarter;
  readonly clock: () => Date;
  readonly newId: () => string;
}

/** Built once per Lambda container (the handler calls it at cold start) and shared by every tick. */
export const wiring: () => CalendarWiring = once(() => {
  const tableName = requireEnv(ENV.tableName);
  const client = documentClient();
  return {
    programmes: new DynamoDbProgrammeRepository(client, tableName),
    seasons: new DynamoDbSeasonRepository(client, tableName),
    gateRuns: new DynamoDbGateRunRepository(client, tableName),
    calendarJobs: new DynamoDbCalendarJobs(client, tableName),
    // Read SFN_ENDPOINT at first use, so a test can point the tick at a Step Functions server of its own.
    workflows: new SfnWorkflowStarter(sfnClient),
    clock: () => new Date(),
    newId: randomUUID,
  };
});
