import type { Identity } from '../../platform/auth/identity.ts';
import { toProgrammeSummary, type ProgrammeSummary } from '../domain/config/programme-schema.ts';
import type { Page, PageRequest } from '../../platform/paging/page.ts';
import { managesAllProgrammes } from '../domain/staff-scope.ts';
import type { CatalogueDependencies } from './catalogue-dependencies.ts';

/**
 * Staff with every programme page through the catalogue; staff scoped to a few programmes get
 * exactly those (a handful of key reads, one page).
 */
export const listProgrammes = async (
  deps: Pick<CatalogueDependencies, 'programmes'>,
  identity: Identity,
  page: PageRequest,
): Promise<Page<ProgrammeSummary>> => {
  if (managesAllProgrammes(identity)) return deps.programmes.list(page);
  const found = await Promise.all(identity.programmes.map((id) => deps.programmes.find(id)));
  return { items: found.filter((programme) => programme !== undefined).map(toProgrammeSummary) };
};
