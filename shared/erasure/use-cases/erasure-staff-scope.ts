import { managesAllProgrammes, managesProgramme } from '../../catalogue/domain/staff-scope.ts';
import type { Identity } from '../../platform/auth/identity.ts';

/**
 * Staff act on and follow the erasure of a person who applied to a programme they run; staff of
 * every programme (`*`) also for a person with no application (a profile alone).
 */
export const staffMayErase = (identity: Identity, programmeIds: readonly string[]): boolean =>
  managesAllProgrammes(identity) || programmeIds.some((programmeId) => managesProgramme(identity, programmeId));
