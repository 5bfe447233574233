import type { Identity } from '../../platform/auth/identity.ts';
import { notFound } from '../../platform/errors/common-errors.ts';

/**
 * Staff run the programmes their token lists (`custom:programmes`, `*` for all). A programme
 * outside the caller's scope answers 404, exactly like one that does not exist, so ids cannot be
 * probed.
 */
export const ALL_PROGRAMMES = '*';

export const managesAllProgrammes = (identity: Identity): boolean => identity.programmes.includes(ALL_PROGRAMMES);

export const managesProgramme = (identity: Identity, programmeId: string): boolean =>
  managesAllProgrammes(identity) || identity.programmes.includes(programmeId);

export const assertManagesProgramme = (identity: Identity, programmeId: string): void => {
  if (!managesProgramme(identity, programmeId)) throw notFound('programme');
};
