import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { LOCAL_REGION } from '../../../infra/local/local-settings.ts';
import { importCapabilityHandler, loadManifestStateMachines } from '../../../infra/local/step-functions/manifest-state-machines.ts';
import { startStepFunctionsServer, type StepFunctionsServerHandle } from '../../../infra/local/step-functions/sfn-server.ts';
import { wiring } from '../../../functions/workflow/wiring.ts';
import { runWorkflowTask } from '../../../functions/workflow/handler.ts';
import { ENV, requireEnv } from '../../../shared/platform/config/env.ts';
import type { MailQueue } from '../../../shared/mail/ports/mail-queue.ts';
import { TransientError } from '../../../shared/platform/workflow/transient-error.ts';

/**
 * A fault injected into an effect, through the real handler and the real ASL: this file runs its
 * own local Step Functions server (the same code and ASL as the test setup's) whose workflow
 * Lambda is functions/workflow/handler.ts's runWorkflowTask with its real dependencies, except
 * that the mail queue first refuses with a transient fault (as DynamoDB throttling would). The
 * staff routes of this process start executions on this server (SFN_ENDPOINT points here before
 * anything reads it).
 */
const throttled = (): Promise<never> => Promise.reject(new TransientError('mail queue throttled'));
const mail: { current: MailQueue } = { current: { enqueue: throttled, enqueueCapped: throttled } };
const switchableQueue: MailQueue = {
  enqueue: (queued, at) => mail.current.enqueue(queued, at),
  enqueueCapped: (queued, cap, at) => mail.current.enqueueCapped(queued, cap, at),
};

let server: StepFunctionsServerHandle | undefined;
let support: typeof import('../../support/transition-support.ts');
let fixtures: typeof import('../../support/application-fixtures.ts');
let mailbox: typeof import('../../support/mailbox.ts');
let sfn: import('@aws-sdk/client-sfn').SFNClient;

beforeAll(async () => {
  const machines = await loadManifestStateMachines(LOCAL_REGION, async (capability) =>
    capability === 'workflow'
      ? (event: unknown) => runWorkflowTask({ ...wiring(), mailQueue: switchableQueue }, event)
      : importCapabilityHandler(capability),
  );
  server = await startStepFunctionsServer({ port: 0, machines });
  process.env[ENV.sfnEndpoint] = server.endpoint;
  support = await import('../../support/transition-support.ts');
  fixtures = await import('../../support/application-fixtures.ts');
  mailbox = await import('../../support/mailbox.ts');
  sfn = (await import('../../../shared/adapters/sfn/sfn-client.ts')).sfnClient();
});

afterAll(async () => {
  await server?.stop();
});

describe('a failing effect of applicationTransition', () => {
  it('is retried, then recorded for staff, and a staff retry completes it with one mail', async () => {
    const { programmeId, applicant, applicationId } = await support.submittedApplication();
    const staff = fixtures.staffOf(programmeId);
    const started = await fixtures.call({
      method: 'POST',
      route: '/applications/{applicationId}/transitions',
      pathParameters: { applicationId },
      claims: staff,
      body: { to: 'education' },
    });
    assert.equal(started.status, 202, JSON.stringify(started.body));
    const executionArn = String(started.body['executionArn']);
    assert.ok(executionArn.startsWith(requireEnv('APPLICATION_TRANSITION_STATE_MACHINE_ARN').replace(':stateMachine:', ':execution:')));

    const failed = await support.finished(sfn, executionArn);
    assert.equal(failed.status, 'FAILED');
    assert.equal(failed.error, 'TransitionFailed');
    const attempt = ['LambdaFunctionScheduled', 'LambdaFunctionStarted', 'LambdaFunctionFailed'];
    assert.deepEqual(support.steps(await support.history(sfn, executionArn)), [
      'ExecutionStarted',
      ...support.lambdaTask('Validate'),
      ...support.choice('Decide'),
      ...support.lambdaTask('Apply'),
      ...support.choice('Written'),
      'TaskStateEntered:Effects',
      ...attempt,
      ...attempt,
      ...attempt,
      ...attempt, // the first try and three retries with backoff and jitter, all on the TransientError
      'TaskStateExited:Effects',
      ...support.lambdaTask('RecordFailure'),
      'FailStateEntered:Failed',
      'ExecutionFailed',
    ]);
    // The move stands (it was written before the effects); the mail is owed, not lost.
    assert.equal((await support.stored(applicationId)).application?.['stage'], 'education');
    const stageMails = async () =>
      (await mailbox.deliveredMailsTo(applicant.email)).filter((outgoing) => outgoing.subject.includes('Образовательный блок'));
    assert.equal((await stageMails()).length, 0, 'only the receipt was delivered');

    const failures = await fixtures.call({
      method: 'GET',
      route: '/applications/{applicationId}/transition-failures',
      pathParameters: { applicationId },
      claims: staff,
    });
    assert.equal(failures.status, 200);
    const [failure, ...others] = failures.body['items'] as {
      id: string;
      error: string;
      status: string;
      request: { from: string; to: string; actor: string };
    }[];
    assert.equal(others.length, 0);
    assert.equal(failure?.error, 'TransientError');
    assert.equal(failure?.status, 'open');
    assert.deepEqual([failure?.request.from, failure?.request.to, failure?.request.actor], ['screening', 'education', 'staff']);
    assert.ok(executionArn.endsWith(`:${failure?.id}`), 'the record names the failed execution');
    const outsider = await fixtures.call({
      method: 'GET',
      route: '/applications/{applicationId}/transition-failures',
      pathParameters: { applicationId },
      claims: fixtures.staffOf('another-programme'),
    });
    assert.equal(outsider.status, 404);

    // The queue is back; staff retry from the record.
    mail.current = wiring().mailQueue;
    const retry = await fixtures.call({
      method: 'POST',
      route: '/applications/{applicationId}/transition-failures/{failureId}/retry',
      pathParameters: { applicationId, failureId: failure?.id ?? '' },
      claims: staff,
    });
    assert.equal(retry.status, 202, JSON.stringify(retry.body));
    const retried = await support.finished(sfn, String(retry.body['executionArn']));
    assert.equal(retried.status, 'SUCCEEDED', `${retried.error}: ${retried.cause}`);
    assert.deepEqual(support.steps(await support.history(sfn, String(retry.body['executionArn']))), [
      'ExecutionStarted',
      ...support.lambdaTask('Validate'),
      ...support.choice('Decide'),
      ...support.lambdaTask('Effects'),
      'ExecutionSucceeded',
    ]);
    assert.equal(
      (await mailbox.deliveredMailsTo(applicant.email, 2)).filter((outgoing) => outgoing.subject.includes('Образовательный блок')).length,
      1,
    );
    assert.equal((await support.stored(applicationId)).events.filter((event) => event['toStage'] === 'education').length, 1);

    const after = await fixtures.call({
      method: 'GET',
      route: '/applications/{applicationId}/transition-failures',
      pathParameters: { applicationId },
      claims: staff,
    });
    const record = (after.body['items'] as { status: string; retryExecutionArn?: string }[])[0];
    assert.equal(record?.status, 'retried');
    assert.equal(record?.retryExecutionArn, retry.body['executionArn']);
    const again = await fixtures.call({
      method: 'POST',
      route: '/applications/{applicationId}/transition-failures/{failureId}/retry',
      pathParameters: { applicationId, failureId: failure?.id ?? '' },
      claims: staff,
    });
    assert.equal(again.status, 409);
    assert.equal(again.body['code'], 'failure-already-retried');
    const pending = await fixtures.call({
      method: 'GET',
      route: '/applications/{applicationId}/pending-effects',
      pathParameters: { applicationId },
      claims: staff,
    });
    assert.equal((pending.body['items'] as unknown[]).length, 1, 'the effect recorded during the failed attempts is recorded once');
  });
});
