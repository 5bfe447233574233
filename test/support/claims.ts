import { randomUUID } from 'node:crypto';

/**
 * The claims the JWT authorizer passes for each kind of caller, as the Cognito pool issues them.
 * `programmes` scopes staff and partners (a programme id, a comma list, or `*`).
 */
export type Claims = Record<string, string>;

export const applicantClaims = (sub: string): Claims => ({ sub, 'cognito:groups': '[applicant]' });

export const staffClaims = (programmes: string): Claims => ({
  sub: `staff-${randomUUID().slice(0, 8)}`,
  'cognito:groups': '[staff]',
  'custom:programmes': programmes,
});

export const expertClaims = (sub: string): Claims => ({ sub, 'cognito:groups': '[expert]' });

/** A machine client of a partner organisation, e.g. the learning platform reporting progress. */
export const partnerClaims = (programmes: string, organisation: string): Claims => ({
  sub: `${organisation}-${randomUUID().slice(0, 8)}`,
  'cognito:groups': '[partner]',
  'custom:organisation': organisation,
  'custom:programmes': programmes,
});
