import { DescribeExecutionCommand, GetExecutionHistoryCommand, StartExecutionCommand, type HistoryEvent } from '@aws-sdk/client-sfn';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'vitest';
import { executionArn } from '../../../infra/local/step-functions/arns.ts';
import { documentClient } from '../../../shared/adapters/dynamodb/document-client.ts';
import { DynamoDbProgrammeRepository } from '../../../shared/adapters/dynamodb/dynamodb-programme-repository.ts';
import { DynamoDbSeasonRepository } from '../../../shared/adapters/dynamodb/dynamodb-season-repository.ts';
import { sfnClient } from '../../../shared/adapters/sfn/sfn-client.ts';
import { SfnWorkflowStarter } from '../../../shared/adapters/sfn/sfn-workflow-starter.ts';
import type { Identity } from '../../../shared/platform/auth/identity.ts';
import { requireEnv } from '../../../shared/platform/config/env.ts';
import { createProgramme } from '../../../shared/catalogue/use-cases/create-programme.ts';
import { createSeason } from '../../../shared/catalogue/use-cases/create-season.ts';
import { openSeasonExecutionName, requestSeasonOpening } from '../../../shared/catalogue/use-cases/request-season-opening.ts';
import { waitFor } from '../../support/wait-for.ts';

/**
 * The real openSeason state machine (the ASL CDK deploys) on the local Step Functions server of
 * the test setup, its Task states running functions/workflow/handler.ts against DynamoDB Local
 * and the SES server: started the way the programmes capability starts it, through the SDK.
 */
const tableName = requireEnv('TABLE_NAME');
const stateMachineArn = requireEnv('OPEN_SEASON_STATE_MACHINE_ARN');
const sfn = sfnClient();
const deps = {
  programmes: new DynamoDbProgrammeRepository(documentClient(), tableName),
  seasons: new DynamoDbSeasonRepository(documentClient(), tableName),
  workflows: new SfnWorkflowStarter(sfn),
  clock: () => new Date(),
};
const staff: Identity = {
  subject: randomUUID(),
  email: undefined,
  roles: ['staff'],
  region: undefined,
  organisation: undefined,
  programmes: ['*'],
};

const finished = (arn: string) =>
  waitFor(
    async () => {
      const execution = await sfn.send(new DescribeExecutionCommand({ executionArn: arn }));
      return execution.status !== 'RUNNING' && execution;
    },
    { description: `execution ${arn} to finish`, timeoutMs: 30_000, intervalMs: 100 },
  );

const history = async (arn: string): Promise<HistoryEvent[]> =>
  (await sfn.send(new GetExecutionHistoryCommand({ executionArn: arn, maxResults: 1000 }))).events ?? [];

/** Each event as `Type` or `Type:StateName`, the way one reads a history in the console. */
const steps = (events: HistoryEvent[]) =>
  events.map((event) => {
    const name = event.stateEnteredEventDetails?.name ?? event.stateExitedEventDetails?.name;
    return name === undefined ? event.type : `${event.type}:${name}`;
  });

const lambdaTask = (state: string) => [
  `TaskStateEntered:${state}`,
  'LambdaFunctionScheduled',
  'LambdaFunctionStarted',
  'LambdaFunctionSucceeded',
  `TaskStateExited:${state}`,
];

describe('openSeason workflow on the local Step Functions server', () => {
  it('publishes and announces a season opened by staff, with the history AWS would record', async () => {
    const programmeId = `wf-${randomUUID().slice(0, 8)}`;
    const seasonId = `wf-season-${randomUUID().slice(0, 8)}`;
    const programme = await createProgramme(deps, staff, { id: programmeId, templateId: 'prokadry' });
    const initialStage = programme.settings.pipeline.stages.find((stage) => stage.initial === true)?.id ?? assert.fail('no initial stage');
    const opensAt = new Date();
    const closesAt = new Date(opensAt.getTime() + 7 * 24 * 3600 * 1000);
    await createSeason(deps, staff, programmeId, {
      id: seasonId,
      title: { ru: 'Сезон для проверки процесса', en: 'Workflow test season' },
      description: { ru: 'Проверка', en: 'A check' },
      referenceDate: closesAt.toISOString().slice(0, 10),
      calendar: [{ stage: initialStage, opensAt: opensAt.toISOString(), closesAt: closesAt.toISOString() }],
      questions: [],
    });

    await requestSeasonOpening(deps, staff, seasonId);
    const arn = executionArn(stateMachineArn, openSeasonExecutionName(seasonId, 1));
    const execution = await finished(arn);
    assert.equal(execution.status, 'SUCCEEDED', `${execution.error}: ${execution.cause}`);

    assert.deepEqual(steps(await history(arn)), [
      'ExecutionStarted',
      ...lambdaTask('PublishSeason'),
      ...lambdaTask('AnnounceSeason'),
      'ExecutionSucceeded',
    ]);
    assert.equal((await deps.seasons.find(seasonId))?.status, 'open');
  });

  it('routes a task that cannot succeed to RecordFailure and fails the execution', async () => {
    const { executionArn: arn } = await sfn.send(
      new StartExecutionCommand({
        stateMachineArn,
        input: JSON.stringify({ programmeId: `missing-${randomUUID().slice(0, 8)}`, seasonId: `missing-${randomUUID().slice(0, 8)}` }),
      }),
    );
    const execution = await finished(arn ?? assert.fail('no executionArn'));
    assert.equal(execution.status, 'FAILED');
    assert.equal(execution.error, 'SeasonOpeningFailed');
    const recorded = steps(await history(execution.executionArn ?? ''));
    assert.deepEqual(recorded.slice(0, 6), [
      'ExecutionStarted',
      'TaskStateEntered:PublishSeason',
      'LambdaFunctionScheduled',
      'LambdaFunctionStarted',
      'LambdaFunctionFailed',
      'TaskStateExited:PublishSeason',
    ]);
    assert.deepEqual(recorded.slice(6), [...lambdaTask('RecordFailure'), 'FailStateEntered:Failed', 'ExecutionFailed']);
  });
});
