import type { Identity } from '../../platform/auth/identity.ts';
import type { Page, PageRequest } from '../../platform/paging/page.ts';
import type { Season } from '../domain/seasons/season-schema.ts';
import { assertManagesProgramme } from '../domain/staff-scope.ts';
import type { CatalogueDependencies } from './catalogue-dependencies.ts';

/** Every season of a programme, drafts included: the staff view. */
export const listProgrammeSeasons = async (
  deps: Pick<CatalogueDependencies, 'seasons'>,
  identity: Identity,
  programmeId: string,
  page: PageRequest,
): Promise<Page<Season>> => {
  assertManagesProgramme(identity, programmeId);
  return deps.seasons.listByProgramme(programmeId, page);
};
