import type { Identity } from '../auth/identity.ts';
import { notFound } from '../errors/common-errors.ts';

/**
 * A season's run, for staff of the season's programme: the season's scope check first (its 404
 * for a season out of the caller's reach), then a 404 naming `what` for a run that is not there.
 */
export const staffedJobRun = async <Run>(
  deps: {
    readonly staffedSeasons: { staffedSeason(identity: Identity, seasonId: string): Promise<unknown> };
    readonly runs: { find(seasonId: string, runId: string): Promise<Run | undefined> };
  },
  identity: Identity,
  seasonId: string,
  runId: string,
  what: string,
): Promise<Run> => {
  await deps.staffedSeasons.staffedSeason(identity, seasonId);
  const run = await deps.runs.find(seasonId, runId);
  if (run === undefined) throw notFound(what);
  return run;
};
