import type { PostConfirmationTriggerEvent } from 'aws-lambda';
import type { Role } from '../../shared/platform/auth/roles.ts';
import { logger } from '../../shared/platform/observability/logger.ts';
import { enrolmentGroup } from './enrolment-group.ts';

/** Adds one user of one pool to one group (Cognito AdminAddUserToGroup, idempotent). */
export type AddUserToGroup = (userPoolId: string, username: string, group: Role) => Promise<void>;

/**
 * The post-confirmation trigger: enrols the confirmed user in the group of `enrolmentGroup`, if any,
 * and returns the event unchanged, as Cognito requires. A failure is thrown, not swallowed: Cognito
 * then reports the confirmation as failed and the error is in the function's logs and alarms.
 * Only the trigger source and the group are logged, never the username or any attribute.
 */
export const confirmAccount = async (
  addUserToGroup: AddUserToGroup,
  event: PostConfirmationTriggerEvent,
): Promise<PostConfirmationTriggerEvent> => {
  const group = enrolmentGroup(event.triggerSource);
  if (group !== undefined) {
    await addUserToGroup(event.userPoolId, event.userName, group);
    logger.info('Confirmed user enrolled', { triggerSource: event.triggerSource, group });
  }
  return event;
};
