import { AdminAddUserToGroupCommand, CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import type { AddUserToGroup } from './confirm-account.ts';

/** Created once per Lambda container, at cold start, and shared by every invocation. */
const cognito = new CognitoIdentityProviderClient({});

/**
 * The pool id comes from the trigger event, not from an environment variable: the pool names this
 * function as its trigger, so the function cannot also reference the pool (a CloudFormation cycle).
 */
export const addUserToGroup: AddUserToGroup = async (userPoolId, username, group) => {
  await cognito.send(new AdminAddUserToGroupCommand({ UserPoolId: userPoolId, Username: username, GroupName: group }));
};
