import type { Identity } from '../../../platform/auth/identity.ts';
import type { Page, PageRequest } from '../../../platform/paging/page.ts';
import { toReviewAssignmentRunView, type ReviewAssignmentRunView } from '../../review-assignment-run-view.ts';
import type { AssignmentRunDependencies } from './assignment-run-dependencies.ts';

/** A season's review assignment runs, newest first, for staff of its programme. */
export const listAssignmentRuns = async (
  deps: Pick<AssignmentRunDependencies, 'staffedSeasons' | 'runs'>,
  identity: Identity,
  seasonId: string,
  page: PageRequest,
): Promise<Page<ReviewAssignmentRunView>> => {
  await deps.staffedSeasons.staffedSeason(identity, seasonId);
  const runs = await deps.runs.list(seasonId, page);
  return { items: runs.items.map(toReviewAssignmentRunView), ...(runs.nextCursor === undefined ? {} : { nextCursor: runs.nextCursor }) };
};
