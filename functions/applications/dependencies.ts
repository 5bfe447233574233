import { randomUUID } from 'node:crypto';
import { documentClient } from '../../shared/adapters/dynamodb/document-client.ts';
import { dynamoDbApplicantRecords } from '../../shared/adapters/dynamodb/dynamodb-applicant-records.ts';
import { DynamoDbCalendarJobs } from '../../shared/adapters/dynamodb/dynamodb-calendar-jobs.ts';
import type { CalendarJobRepository } from '../../shared/progression/ports/calendar-job-repository.ts';
import { DynamoDbGateRunRepository } from '../../shared/adapters/dynamodb/dynamodb-gate-run-repository.ts';
import { DynamoDbGateStagePages } from '../../shared/adapters/dynamodb/dynamodb-gate-stage-pages.ts';
import { DynamoDbApplicationRepository } from '../../shared/adapters/dynamodb/dynamodb-application-repository.ts';
import { dynamoDbApplicantDependencies } from '../../shared/adapters/dynamodb/dynamodb-applicant-dependencies.ts';
import { DynamoDbPendingEffectRepository } from '../../shared/adapters/dynamodb/dynamodb-pending-effect-repository.ts';
import { DynamoDbTeams } from '../../shared/adapters/dynamodb/dynamodb-teams.ts';
import { DynamoDbShortlistReader } from '../../shared/adapters/dynamodb/dynamodb-shortlist-reader.ts';
import { DynamoDbTransitionFailureRepository } from '../../shared/adapters/dynamodb/dynamodb-transition-failure-repository.ts';
import { sfnClient } from '../../shared/adapters/sfn/sfn-client.ts';
import { SfnWorkflowStarter } from '../../shared/adapters/sfn/sfn-workflow-starter.ts';
import type { GateDependencies } from '../../shared/progression/gates/gate-dependencies.ts';
import { DynamoDbMailQueue } from '../../shared/adapters/dynamodb/dynamodb-mail-queue.ts';
import { DynamoDbUndeliverableMail } from '../../shared/adapters/dynamodb/dynamodb-undeliverable-mail.ts';
import type { UndeliverableMailDependencies } from '../../shared/mail/use-cases/undeliverable-mail-dependencies.ts';
import { DynamoDbProgrammeRepository } from '../../shared/adapters/dynamodb/dynamodb-programme-repository.ts';
import { DynamoDbSeasonRepository } from '../../shared/adapters/dynamodb/dynamodb-season-repository.ts';
import { CatalogueCache } from '../../shared/catalogue/catalogue-cache.ts';
import { staffedSeasonCheck } from '../../shared/catalogue/use-cases/staffed-season.ts';
import type { ApplicantDependencies } from '../../shared/applicants/use-cases/applicant-dependencies.ts';
import type { ApplicationDependencies } from '../../shared/applications/use-cases/application-dependencies.ts';
import type { TeamDependencies } from '../../shared/teams/use-cases/team-dependencies.ts';
import { applicantTeamReader } from '../../shared/teams/use-cases/applicant-team-reader.ts';
import type { ApplicationTeams } from '../../shared/applications/ports/application-teams.ts';
import { ENV, requireEnv } from '../../shared/platform/config/env.ts';

/** Created once per Lambda container, at cold start, and shared by every invocation. */
const tableName = requireEnv(ENV.tableName);
const client = documentClient();
const clock = () => new Date();

/**
 * Profiles and consents. A consent withdrawal needs no hook here: applications read the consent
 * state live (staff lists mark the person's applications `processingStopped`, submission refuses).
 */
export const applicants: ApplicantDependencies = dynamoDbApplicantDependencies(client, tableName);

/** Project teams and their one-team-per-season guards; the same adapter answers the `team` transition guard. */
const teams = new DynamoDbTeams(client, tableName);

// Catalogue config through the per-container cache: an edit reaches applicants within its TTL
// (catalogue-cache.ts); refreshes read eventually consistently. Never used for catalogue writes.
const programmes = new CatalogueCache(new DynamoDbProgrammeRepository(client, tableName, { consistentFind: false }), { clock });
const seasons = new CatalogueCache(new DynamoDbSeasonRepository(client, tableName, { consistentFind: false }), { clock });

/** Applications, and what staff decisions on their stage need (the transition and gate machines' starter among it). */
export const applications: ApplicationDependencies &
  GateDependencies &
  TeamDependencies & { readonly calendarJobs: CalendarJobRepository; readonly applicationTeams: ApplicationTeams } & Pick<
    UndeliverableMailDependencies,
    'undeliverableMail' | 'staffedSeasons'
  > = {
  applications: new DynamoDbApplicationRepository(client, tableName),
  programmes,
  seasons,
  staffedSeasons: staffedSeasonCheck({ programmes, seasons }),
  applicants: dynamoDbApplicantRecords(client, tableName, applicants),
  mailQueue: new DynamoDbMailQueue(client, tableName),
  undeliverableMail: new DynamoDbUndeliverableMail(client, tableName),
  shortlist: new DynamoDbShortlistReader(client, tableName),
  teams,
  applicationTeams: applicantTeamReader(teams),
  teamMemberships: teams,
  pendingEffects: new DynamoDbPendingEffectRepository(client, tableName),
  transitionFailures: new DynamoDbTransitionFailureRepository(client, tableName),
  workflows: new SfnWorkflowStarter(sfnClient()),
  gateRuns: new DynamoDbGateRunRepository(client, tableName),
  stagePages: new DynamoDbGateStagePages(client, tableName),
  clock,
  newId: randomUUID,
  calendarJobs: new DynamoDbCalendarJobs(client, tableName),
};
