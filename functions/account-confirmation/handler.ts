import type { PostConfirmationTriggerEvent } from 'aws-lambda';
import { confirmAccount } from './confirm-account.ts';
import { wiring } from './wiring.ts';

// Cold start: the Cognito client, built once before the first confirmation.
wiring();

/**
 * Cognito post-confirmation trigger of the user pool (not an HTTP capability: it has no route).
 * It puts a self-signed-up user in the applicant group, so their first token already carries the role.
 */
export const handler = (event: PostConfirmationTriggerEvent): Promise<PostConfirmationTriggerEvent> =>
  confirmAccount(wiring().addUserToGroup, event);
