import type { Identity } from '../../platform/auth/identity.ts';
import { notFound } from '../../platform/errors/common-errors.ts';
import type { Programme } from '../domain/config/programme-schema.ts';
import { assertManagesProgramme } from '../domain/staff-scope.ts';
import type { CatalogueDependencies } from './catalogue-dependencies.ts';

export const readProgramme = async (
  deps: Pick<CatalogueDependencies, 'programmes'>,
  identity: Identity,
  programmeId: string,
): Promise<Programme> => {
  assertManagesProgramme(identity, programmeId);
  const programme = await deps.programmes.find(programmeId);
  if (programme === undefined) throw notFound('programme');
  return programme;
};
