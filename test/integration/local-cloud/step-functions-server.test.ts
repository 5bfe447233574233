import {
  DescribeExecutionCommand,
  ExecutionAlreadyExists,
  ExecutionDoesNotExist,
  GetExecutionHistoryCommand,
  InvalidExecutionInput,
  InvalidName,
  ListExecutionsCommand,
  SFNClient,
  StartExecutionCommand,
  StateMachineDoesNotExist,
  StopExecutionCommand,
  type HistoryEvent,
} from '@aws-sdk/client-sfn';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { lambdaFunctionArn } from '../../../infra/local/step-functions/arns.ts';
import { inProcessInvoker, type LambdaHandler } from '../../../infra/local/step-functions/in-process-lambda.ts';
import { defineLocalStateMachine, type TaskBinding } from '../../../infra/local/step-functions/local-state-machine.ts';
import { startStepFunctionsServer, type StepFunctionsServerHandle } from '../../../infra/local/step-functions/sfn-server.ts';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../../infra/local/local-settings.ts';
import { waitFor } from '../../support/wait-for.ts';

/**
 * The local Step Functions server through the real SDK client, with test state machines whose
 * Task states run injected handlers: Retry, Catch, the history AWS would write, and the API's
 * AWS semantics (idempotent StartExecution, StopExecution, pagination, errors).
 */
class TransientError extends Error {
  override name = 'TransientError';
}
class ValidationError extends Error {
  override name = 'ValidationError';
}

const retry = { ErrorEquals: ['TransientError'], IntervalSeconds: 1, MaxAttempts: 2, BackoffRate: 1, JitterStrategy: 'FULL' };

/** A Task calling `${Work}` with Retry on TransientError, then a Catch that records and fails. */
const RETRY_AND_CATCH_ASL = JSON.stringify(
  {
    StartAt: 'Work',
    States: {
      Work: {
        Type: 'Task',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: an ASL placeholder, substituted by the local cloud as CDK would.
        Resource: '${WorkFunctionArn}',
        Parameters: { 'job.$': '$.job', 'executionId.$': '$$.Execution.Id' },
        ResultPath: '$.result',
        Retry: [retry],
        Catch: [{ ErrorEquals: ['ValidationError'], ResultPath: '$.error', Next: 'RecordFailure' }],
        End: true,
      },
      RecordFailure: { Type: 'Pass', Next: 'Failed' },
      Failed: { Type: 'Fail', Error: 'JobFailed', Cause: 'The job was rejected' },
    },
  },
  null,
  2,
);

/** What the test handler does per job: each behaviour is one job name. */
const attempts = new Map<string, number>();
const releases = new Map<string, () => void>();
const workHandler: LambdaHandler = async (event) => {
  const { job, executionId } = event as { job: string; executionId: string };
  const attempt = (attempts.get(executionId) ?? 0) + 1;
  attempts.set(executionId, attempt);
  if (job === 'flaky' && attempt < 3) throw new TransientError(`attempt ${attempt} hit a transient fault`);
  if (job === 'always-transient') throw new TransientError('still down');
  if (job === 'invalid') throw new ValidationError('the job is invalid');
  if (job === 'blocked') await new Promise<void>((resolve) => releases.set(executionId, resolve));
  return { done: job, attempt };
};

const workArn = lambdaFunctionArn(LOCAL_REGION, 'cadre-test-work');
const binding: TaskBinding = { resource: workArn, invoke: inProcessInvoker('cadre-test-work', async () => workHandler) };

let server: StepFunctionsServerHandle;
let sfn: SFNClient;
let machineArn: string;

const start = async (job: string, name: string = randomUUID()) =>
  (await sfn.send(new StartExecutionCommand({ stateMachineArn: machineArn, name, input: JSON.stringify({ job }) }))).executionArn ??
  assert.fail('no executionArn');

const finished = (executionArn: string) =>
  waitFor(
    async () => {
      const execution = await sfn.send(new DescribeExecutionCommand({ executionArn }));
      return execution.status !== 'RUNNING' && execution;
    },
    { description: `execution ${executionArn} to finish`, timeoutMs: 15_000 },
  );

const history = async (executionArn: string): Promise<HistoryEvent[]> =>
  (await sfn.send(new GetExecutionHistoryCommand({ executionArn, maxResults: 1000 }))).events ?? [];

const types = (events: HistoryEvent[]) => events.map((event) => event.type);

beforeAll(async () => {
  const machine = defineLocalStateMachine({
    name: 'cadre-test-retry-and-catch',
    region: LOCAL_REGION,
    type: 'STANDARD',
    sourceText: RETRY_AND_CATCH_ASL,
    substitutions: { WorkFunctionArn: binding },
  });
  machineArn = machine.arn;
  server = await startStepFunctionsServer({ port: 0, machines: [machine] });
  sfn = new SFNClient({ endpoint: server.endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
});

afterAll(async () => {
  for (const release of releases.values()) release();
  sfn.destroy();
  await server.stop();
});

describe('local Step Functions server', () => {
  it('runs a Task to success and records the history AWS writes for a Lambda task', async () => {
    const executionArn = await start('simple');
    assert.match(executionArn, /^arn:aws:states:eu-central-1:000000000000:execution:cadre-test-retry-and-catch:[0-9a-f-]{36}$/);
    const execution = await finished(executionArn);
    assert.equal(execution.status, 'SUCCEEDED');
    assert.deepEqual(JSON.parse(execution.output ?? ''), { job: 'simple', result: { done: 'simple', attempt: 1 } });

    const events = await history(executionArn);
    assert.deepEqual(types(events), [
      'ExecutionStarted',
      'TaskStateEntered',
      'LambdaFunctionScheduled',
      'LambdaFunctionStarted',
      'LambdaFunctionSucceeded',
      'TaskStateExited',
      'ExecutionSucceeded',
    ]);
    assert.deepEqual(
      events.map((event) => event.id),
      [1, 2, 3, 4, 5, 6, 7],
    );
    const scheduled = events[2]?.lambdaFunctionScheduledEventDetails;
    assert.equal(scheduled?.resource, workArn);
    // The Lambda got the payload after Parameters, with the context object resolved.
    assert.deepEqual(JSON.parse(scheduled?.input ?? ''), { job: 'simple', executionId: executionArn });
  });

  it('retries a Task that throws TransientError, then succeeds', async () => {
    const executionArn = await start('flaky');
    const execution = await finished(executionArn);
    assert.equal(execution.status, 'SUCCEEDED');
    const events = await history(executionArn);
    assert.deepEqual(types(events), [
      'ExecutionStarted',
      'TaskStateEntered',
      'LambdaFunctionScheduled',
      'LambdaFunctionStarted',
      'LambdaFunctionFailed',
      'LambdaFunctionScheduled',
      'LambdaFunctionStarted',
      'LambdaFunctionFailed',
      'LambdaFunctionScheduled',
      'LambdaFunctionStarted',
      'LambdaFunctionSucceeded',
      'TaskStateExited',
      'ExecutionSucceeded',
    ]);
    const failure = events[4]?.lambdaFunctionFailedEventDetails;
    assert.equal(failure?.error, 'TransientError');
    // The cause is the error document Lambda returns, as in AWS.
    assert.equal(JSON.parse(failure?.cause ?? '{}').errorMessage, 'attempt 1 hit a transient fault');
  });

  it('fails the execution with the task error when the retries run out', async () => {
    const execution = await finished(await start('always-transient'));
    assert.equal(execution.status, 'FAILED');
    assert.equal(execution.error, 'TransientError');
    const events = await history(execution.executionArn ?? '');
    assert.equal(types(events).filter((type) => type === 'LambdaFunctionFailed').length, 3, 'one attempt and two retries');
    assert.equal(events.at(-1)?.type, 'ExecutionFailed');
  });

  it('does not retry other errors and routes them to the Catch', async () => {
    const executionArn = await start('invalid');
    const execution = await finished(executionArn);
    assert.equal(execution.status, 'FAILED');
    assert.equal(execution.error, 'JobFailed');
    assert.equal(execution.cause, 'The job was rejected');
    const events = await history(executionArn);
    assert.deepEqual(types(events), [
      'ExecutionStarted',
      'TaskStateEntered',
      'LambdaFunctionScheduled',
      'LambdaFunctionStarted',
      'LambdaFunctionFailed',
      'TaskStateExited',
      'PassStateEntered',
      'PassStateExited',
      'FailStateEntered',
      'ExecutionFailed',
    ]);
    const caughtInput = JSON.parse(events[6]?.stateEnteredEventDetails?.input ?? '{}') as { error: { Error: string; Cause: string } };
    assert.equal(caughtInput.error.Error, 'ValidationError');
    assert.equal(JSON.parse(caughtInput.error.Cause).errorType, 'ValidationError');
  });

  it('returns at once while the execution runs, and treats a repeated StartExecution like AWS Standard', async () => {
    const name = `blocked-${randomUUID()}`;
    const executionArn = await start('blocked', name);
    assert.equal((await sfn.send(new DescribeExecutionCommand({ executionArn }))).status, 'RUNNING');

    assert.equal(await start('blocked', name), executionArn, 'same name and input while running: the same execution');
    await assert.rejects(start('other input', name), ExecutionAlreadyExists);

    await waitFor(() => releases.get(executionArn), { description: 'the blocked task to be called' });
    releases.get(executionArn)?.();
    assert.equal((await finished(executionArn)).status, 'SUCCEEDED');
    await assert.rejects(start('blocked', name), ExecutionAlreadyExists, 'a closed execution name cannot be reused');
  });

  it('stops a running execution and records why', async () => {
    const executionArn = await start('blocked');
    await waitFor(() => releases.get(executionArn), { description: 'the blocked task to be called' });
    await sfn.send(new StopExecutionCommand({ executionArn, error: 'Operator', cause: 'stopped by the test' }));
    const execution = await sfn.send(new DescribeExecutionCommand({ executionArn }));
    assert.equal(execution.status, 'ABORTED');
    assert.equal(execution.error, 'Operator');
    const aborted = await waitFor(async () => (await history(executionArn)).find((event) => event.type === 'ExecutionAborted'), {
      description: 'the ExecutionAborted event',
    });
    assert.deepEqual(aborted.executionAbortedEventDetails, { error: 'Operator', cause: 'stopped by the test' });
    releases.get(executionArn)?.();
  });

  it('lists executions newest first, filtered by status and paginated', async () => {
    const first = await start('simple');
    const second = await start('simple');
    await finished(first);
    await finished(second);
    const succeeded = await sfn.send(
      new ListExecutionsCommand({ stateMachineArn: machineArn, statusFilter: 'SUCCEEDED', maxResults: 1000 }),
    );
    const arns = succeeded.executions?.map((execution) => execution.executionArn) ?? [];
    assert.ok(arns.includes(first), `the first execution is listed: ${JSON.stringify(arns)}`);
    assert.ok(arns.includes(second), `the second execution is listed: ${JSON.stringify(arns)}`);
    assert.ok(arns.indexOf(second) < arns.indexOf(first), `newest first: ${JSON.stringify(arns)}`);
    assert.ok(succeeded.executions?.every((execution) => execution.status === 'SUCCEEDED'));

    const firstPage = await sfn.send(new ListExecutionsCommand({ stateMachineArn: machineArn, maxResults: 1 }));
    assert.equal(firstPage.executions?.length, 1);
    const secondPage = await sfn.send(
      new ListExecutionsCommand({ stateMachineArn: machineArn, maxResults: 1, nextToken: firstPage.nextToken }),
    );
    assert.notEqual(secondPage.executions?.[0]?.executionArn, firstPage.executions?.[0]?.executionArn);
  });

  it('pages and reverses the history', async () => {
    const executionArn = await start('simple');
    await finished(executionArn);
    const firstPage = await sfn.send(new GetExecutionHistoryCommand({ executionArn, maxResults: 2, reverseOrder: true }));
    assert.deepEqual(types(firstPage.events ?? []), ['ExecutionSucceeded', 'TaskStateExited']);
    const nextPage = await sfn.send(
      new GetExecutionHistoryCommand({ executionArn, maxResults: 2, reverseOrder: true, nextToken: firstPage.nextToken }),
    );
    assert.deepEqual(types(nextPage.events ?? []), ['LambdaFunctionSucceeded', 'LambdaFunctionStarted']);
  });

  it('answers bad requests with the errors AWS defines', async () => {
    await assert.rejects(sfn.send(new StartExecutionCommand({ stateMachineArn: `${machineArn}-missing` })), StateMachineDoesNotExist);
    await assert.rejects(sfn.send(new StartExecutionCommand({ stateMachineArn: machineArn, input: '{not json' })), InvalidExecutionInput);
    await assert.rejects(sfn.send(new StartExecutionCommand({ stateMachineArn: machineArn, name: 'has space' })), InvalidName);
    await assert.rejects(
      sfn.send(new DescribeExecutionCommand({ executionArn: `${machineArn.replace(':stateMachine:', ':execution:')}:nope` })),
      ExecutionDoesNotExist,
    );
  });

  it('refuses at start-up a Task whose resource it cannot run locally', () => {
    assert.throws(
      () =>
        defineLocalStateMachine({
          name: 'cadre-test-unbound',
          region: LOCAL_REGION,
          type: 'STANDARD',
          sourceText: JSON.stringify({
            StartAt: 'Put',
            States: { Put: { Type: 'Task', Resource: 'arn:aws:states:::dynamodb:putItem', End: true } },
          }),
          substitutions: {},
        }),
      /Task state Put uses arn:aws:states:::dynamodb:putItem/,
    );
  });
});
