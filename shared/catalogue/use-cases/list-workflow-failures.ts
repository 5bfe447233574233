import type { Identity } from '../../platform/auth/identity.ts';
import type { Page, PageRequest } from '../../platform/paging/page.ts';
import type { WorkflowFailure } from '../ports/workflow-failure-repository.ts';
import type { CatalogueDependencies } from './catalogue-dependencies.ts';
import { findManagedSeason } from './find-managed-season.ts';

/** Failed workflow steps of a season, for the staff who run its programme. */
export const listWorkflowFailures = async (
  deps: Pick<CatalogueDependencies, 'seasons' | 'failures'>,
  identity: Identity,
  seasonId: string,
  page: PageRequest,
): Promise<Page<WorkflowFailure>> => {
  await findManagedSeason(deps, identity, seasonId);
  return deps.failures.listForSeason(seasonId, page);
};
