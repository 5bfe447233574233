import type { Accounts } from '../../erasure/ports/accounts.ts';
import { once } from '../../platform/wiring/once.ts';

/** The applicants' accounts for the eraser: the Cognito client loads at the first account deleted, not at cold start. */
export const lazyCognitoAccounts = (userPoolId: string): Accounts => {
  const accounts = once(async () => {
    const [{ CognitoAccounts }, { CognitoIdentityProviderClient }] = await Promise.all([
      import('./cognito-accounts.ts'),
      import('@aws-sdk/client-cognito-identity-provider'),
    ]);
    return new CognitoAccounts(new CognitoIdentityProviderClient({}), userPoolId);
  });
  return { delete: async (subject) => (await accounts()).delete(subject) };
};
