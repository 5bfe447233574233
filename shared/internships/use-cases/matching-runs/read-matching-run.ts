import type { Identity } from '../../../platform/auth/identity.ts';
import { staffedJobRun } from '../../../platform/jobs/staffed-job-run.ts';
import type { Page, PageRequest } from '../../../platform/paging/page.ts';
import { toMatchingRunView, type MatchingRunView } from '../../matching-run-view.ts';
import type { MatchingRunDependencies } from './matching-run-dependencies.ts';

/** A run's progress and figures for staff of the season's programme: one GetItem of the run. */
export const readMatchingRun = async (
  deps: Pick<MatchingRunDependencies, 'staffedSeasons' | 'runs'>,
  identity: Identity,
  seasonId: string,
  runId: string,
): Promise<MatchingRunView> => {
  return toMatchingRunView(await staffedJobRun(deps, identity, seasonId, runId, 'internship matching run'));
};

/** A season's matching runs, newest first. */
export const listMatchingRuns = async (
  deps: Pick<MatchingRunDependencies, 'staffedSeasons' | 'runs'>,
  identity: Identity,
  seasonId: string,
  page: PageRequest,
): Promise<Page<MatchingRunView>> => {
  await deps.staffedSeasons.staffedSeason(identity, seasonId);
  const runs = await deps.runs.list(seasonId, page);
  return { items: runs.items.map(toMatchingRunView), ...(runs.nextCursor === undefined ? {} : { nextCursor: runs.nextCursor }) };
};
