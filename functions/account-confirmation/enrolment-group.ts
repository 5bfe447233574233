import type { Role } from '../../shared/platform/auth/roles.ts';

/**
 * The group a user joins when Cognito confirms them: a confirmed self sign-up is an applicant (only the
 * public signs itself up). Every other confirmation, such as a forgotten-password reset, changes no
 * group. Staff, experts, mentors and partners are created by ops, who add them to their group with
 * AdminAddUserToGroup; this trigger never gives anyone those roles.
 */
export const enrolmentGroup = (triggerSource: string): Role | undefined =>
  triggerSource === 'PostConfirmation_ConfirmSignUp' ? 'applicant' : undefined;
