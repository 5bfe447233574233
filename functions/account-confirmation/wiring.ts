import { AdminAddUserToGroupCommand, CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { once } from '../../shared/platform/wiring/once.ts';
import type { AddUserToGroup } from './confirm-account.ts';

/** What the post-confirmation trigger reaches outside pure code for. */
export interface AccountConfirmationWiring {
  readonly addUserToGroup: AddUserToGroup;
}

/** Built once per Lambda container (the handler calls it at cold start) and shared by every invocation. */
export const wiring: () => AccountConfirmationWiring = once(() => {
  const cognito = new CognitoIdentityProviderClient({});
  return {
    /**
     * The pool id comes from the trigger event, not from an environment variable: the pool names this
     * function as its trigger, so the function cannot also reference the pool (a CloudFormation cycle).
     */
    addUserToGroup: async (userPoolId, username, group) => {
      await cognito.send(new AdminAddUserToGroupCommand({ UserPoolId: userPoolId, Username: username, GroupName: group }));
    },
  };
});
