import { AdminDeleteUserCommand, type CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import type { Accounts } from '../../erasure/ports/accounts.ts';

/**
 * Applicants' accounts in their Cognito user pool. The pool's users sign in with their e-mail as
 * the username attribute, so Cognito's own name for each is its `sub`, which AdminDeleteUser takes.
 * Deleting an account already gone answers `absent`, so the step repeats safely.
 */
export class CognitoAccounts implements Accounts {
  readonly #client: Pick<CognitoIdentityProviderClient, 'send'>;
  readonly #userPoolId: string;

  constructor(client: Pick<CognitoIdentityProviderClient, 'send'>, userPoolId: string) {
    this.#client = client;
    this.#userPoolId = userPoolId;
  }

  async delete(subject: string): Promise<'deleted' | 'absent'> {
    try {
      await this.#client.send(new AdminDeleteUserCommand({ UserPoolId: this.#userPoolId, Username: subject }));
      return 'deleted';
    } catch (error) {
      if (error instanceof Error && error.name === 'UserNotFoundException') return 'absent';
      throw error;
    }
  }
}
