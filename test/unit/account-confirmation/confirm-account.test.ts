import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { captureLogs } from '../../support/capture-logs.ts';
import type { PostConfirmationTriggerEvent } from 'aws-lambda';
import type { Role } from '../../../shared/platform/auth/roles.ts';
import { confirmAccount, type AddUserToGroup } from '../../../functions/account-confirmation/confirm-account.ts';
import { enrolmentGroup } from '../../../functions/account-confirmation/enrolment-group.ts';

const EMAIL = 'evdokia.petrova@example.ru';
const USERNAME = '5f0c2c4e-7d1a-4c55-9a57-1b2f9d2f1e01';

const confirmation = (triggerSource: PostConfirmationTriggerEvent['triggerSource']): PostConfirmationTriggerEvent =>
  ({
    version: '1',
    region: 'eu-central-1',
    userPoolId: 'eu-central-1_AbCdEfGhI',
    userName: USERNAME,
    triggerSource,
    callerContext: { awsSdkVersion: 'aws-sdk-unknown-unknown', clientId: 'client' },
    request: { userAttributes: { sub: USERNAME, email: EMAIL, email_verified: 'true' } },
    response: {},
  }) as PostConfirmationTriggerEvent;

/** Records every AdminAddUserToGroup the trigger would make. */
const recorder = () => {
  const calls: [userPoolId: string, username: string, group: Role][] = [];
  const addUserToGroup: AddUserToGroup = async (...call) => {
    calls.push(call);
  };
  return { calls, addUserToGroup };
};

describe('account confirmation trigger', () => {
  it('enrols a confirmed self sign-up as an applicant, and nobody else in any group', () => {
    assert.equal(enrolmentGroup('PostConfirmation_ConfirmSignUp'), 'applicant');
    assert.equal(enrolmentGroup('PostConfirmation_ConfirmForgotPassword'), undefined);
    assert.equal(enrolmentGroup('PreSignUp_AdminCreateUser'), undefined);
  });

  it('adds the confirmed user of the event pool to the applicant group and returns the event unchanged', async () => {
    const { calls, addUserToGroup } = recorder();
    const event = confirmation('PostConfirmation_ConfirmSignUp');
    const snapshot = structuredClone(event);

    let returned: PostConfirmationTriggerEvent | undefined;
    const output = await captureLogs(async () => {
      returned = await confirmAccount(addUserToGroup, event);
    });

    assert.deepEqual(calls, [['eu-central-1_AbCdEfGhI', USERNAME, 'applicant']]);
    assert.equal(returned, event);
    assert.deepEqual(event, snapshot);
    assert.match(output, /Confirmed user enrolled/, 'the enrolment is logged');
    assert.ok(!output.includes(USERNAME), 'the username is not logged');
    assert.ok(!output.includes(EMAIL), 'the email is not logged');
  });

  it('leaves groups alone when a forgotten password is confirmed', async () => {
    const { calls, addUserToGroup } = recorder();
    const event = confirmation('PostConfirmation_ConfirmForgotPassword');
    assert.equal(await confirmAccount(addUserToGroup, event), event);
    assert.deepEqual(calls, []);
  });

  it('fails the confirmation when Cognito refuses, instead of leaving the user silently without a role', async () => {
    const refused: AddUserToGroup = async () => {
      throw Object.assign(new Error('Group not found'), { name: 'ResourceNotFoundException' });
    };
    await assert.rejects(confirmAccount(refused, confirmation('PostConfirmation_ConfirmSignUp')), { name: 'ResourceNotFoundException' });
  });
});
