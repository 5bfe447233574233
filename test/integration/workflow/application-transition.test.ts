import { StartExecutionCommand } from '@aws-sdk/client-sfn';
import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { sfnClient } from '../../../shared/adapters/sfn/sfn-client.ts';
import { requireEnv } from '../../../shared/platform/config/env.ts';
import { call, staffOf } from '../../support/application-fixtures.ts';
import { deliverQueuedMail } from '../../support/deliver-queued-mail.ts';
import { deliveredMailsTo, mailsTo } from '../../support/mailbox.ts';
import { choice, finished, history, lambdaTask, steps, stored, submittedApplication } from '../../support/transition-support.ts';

/**
 * The real applicationTransition ASL (the file CDK deploys, EXPRESS) on the local Step Functions
 * server of the test setup; its Tasks run functions/workflow/handler.ts against DynamoDB Local and
 * the SES server. Started by the staff route and directly through the SDK, as other capabilities will.
 */
const sfn = sfnClient();
const stateMachineArn = requireEnv('APPLICATION_TRANSITION_STATE_MACHINE_ARN');

const start = async (input: Record<string, unknown>): Promise<string> => {
  const { executionArn } = await sfn.send(new StartExecutionCommand({ stateMachineArn, input: JSON.stringify(input) }));
  return executionArn ?? assert.fail('no executionArn');
};

/** The stage-change mails to `address`, once the drainer has delivered at least one. */
const stageMails = (address: string) =>
  deliverQueuedMail(
    async () => {
      const mails = (await mailsTo(address)).filter((mail) => mail.subject.includes('Образовательный блок'));
      return mails.length > 0 && mails;
    },
    { description: `the stage-change mail to ${address}` },
  );

describe('applicationTransition on the local Step Functions server', () => {
  it('moves an application on a staff decision: Validate, Apply, Effects, with the history AWS would record', async () => {
    const { programmeId, applicant, applicationId } = await submittedApplication();
    const staff = staffOf(programmeId);
    const answer = await call({
      method: 'POST',
      route: '/applications/{applicationId}/transitions',
      pathParameters: { applicationId },
      claims: staff,
      body: { to: 'education', reason: 'Прошёл проверку' },
    });
    assert.equal(answer.status, 202, JSON.stringify(answer.body));
    assert.deepEqual([answer.body['from'], answer.body['to']], ['screening', 'education']);
    const executionArn = String(answer.body['executionArn']);

    const execution = await finished(sfn, executionArn);
    assert.equal(execution.status, 'SUCCEEDED', `${execution.error}: ${execution.cause}`);
    assert.deepEqual(steps(await history(sfn, executionArn)), [
      'ExecutionStarted',
      ...lambdaTask('Validate'),
      ...choice('Decide'),
      ...lambdaTask('Apply'),
      ...choice('Written'),
      ...lambdaTask('Effects'),
      'ExecutionSucceeded',
    ]);

    const { application, events } = await stored(applicationId);
    assert.equal(application?.['stage'], 'education');
    const move = events.find((event) => event['toStage'] === 'education');
    assert.equal(move?.['kind'], 'stage-changed');
    assert.equal(move?.['actor'], `staff:${staff.sub}`);
    assert.equal(move?.['note'], 'Прошёл проверку');

    const mails = await stageMails(applicant.email);
    assert.equal(mails.length, 1);
    assert.match(mails[0]?.body.text ?? '', new RegExp(applicationId));

    const pending = await call({
      method: 'GET',
      route: '/applications/{applicationId}/pending-effects',
      pathParameters: { applicationId },
      claims: staff,
    });
    assert.equal(pending.status, 200);
    assert.deepEqual(
      (pending.body['items'] as { effect: string; toStage: string; status: string }[]).map(({ effect, toStage, status }) => [
        effect,
        toStage,
        status,
      ]),
      [['issueCertificate', 'education', 'pending']],
    );
  });

  it('runs the same transition twice at once and once more later: one stage change, one mail, one pending effect', async () => {
    const { programmeId, applicant, applicationId } = await submittedApplication();
    const request = { applicationId, from: 'screening', to: 'education', actor: 'staff', actorId: 'someone' };
    const [first, second] = await Promise.all([start(request), start(request)]);
    const outcomes = await Promise.all([finished(sfn, first), finished(sfn, second)]);
    assert.deepEqual(
      outcomes.map((execution) => execution.status),
      ['SUCCEEDED', 'SUCCEEDED'],
    );
    const written = outcomes
      .map((execution) => (JSON.parse(execution.output ?? '{}') as { applied?: { outcome: string } }).applied?.outcome)
      .filter((outcome) => outcome === 'written');
    assert.equal(written.length, 1, 'one execution wrote; the other found it stale or already applied');

    const { application, events } = await stored(applicationId);
    assert.equal(application?.['stage'], 'education');
    assert.equal(events.filter((event) => event['toStage'] === 'education').length, 1, 'the stage changed once');
    assert.equal((await stageMails(applicant.email)).length, 1, 'one mail');

    // Later, a repeat (a retry by another capability, say): Validate finds it applied; the effects run again and do nothing new.
    const third = await start(request);
    assert.equal((await finished(sfn, third)).status, 'SUCCEEDED');
    assert.deepEqual(steps(await history(sfn, third)), [
      'ExecutionStarted',
      ...lambdaTask('Validate'),
      ...choice('Decide'),
      ...lambdaTask('Effects'),
      'ExecutionSucceeded',
    ]);
    assert.equal((await stored(applicationId)).events.filter((event) => event['toStage'] === 'education').length, 1);
    assert.equal((await stageMails(applicant.email)).length, 1);
    const pending = await call({
      method: 'GET',
      route: '/applications/{applicationId}/pending-effects',
      pathParameters: { applicationId },
      claims: staffOf(programmeId),
    });
    assert.equal((pending.body['items'] as unknown[]).length, 1);
  });

  it('reports a stale request as a no-op: nothing written, nothing sent', async () => {
    const { applicant, applicationId } = await submittedApplication();
    const before = await stored(applicationId);
    const arn = await start({ applicationId, from: 'interview', to: 'not-selected', actor: 'staff' });
    const execution = await finished(sfn, arn);
    assert.equal(execution.status, 'SUCCEEDED');
    assert.deepEqual(JSON.parse(execution.output ?? '{}').validated, { outcome: 'stale', stage: 'screening' });
    assert.deepEqual(steps(await history(sfn, arn)), [
      'ExecutionStarted',
      ...lambdaTask('Validate'),
      'ChoiceStateEntered:Decide',
      'ChoiceStateExited:Decide',
      'SucceedStateEntered:NoChange',
      'SucceedStateExited:NoChange',
      'ExecutionSucceeded',
    ]);
    assert.deepEqual((await stored(applicationId)).application, before.application);
    assert.equal((await deliveredMailsTo(applicant.email)).length, 1, 'only the receipt');
  });
});
