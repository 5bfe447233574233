import type { Identity } from '../../../platform/auth/identity.ts';
import { notFound } from '../../../platform/errors/common-errors.ts';
import type { MatchingRun } from '../../matching-run-schema.ts';
import { toMatchingRunView, type MatchingRunView } from '../../matching-run-view.ts';
import { matchingNotResumable, matchingRunning } from '../../placement-errors.ts';
import type { MatchingRunDependencies } from './matching-run-dependencies.ts';
import { restartInterruptedMatchingRun } from './restart-interrupted-run.ts';
import { startMatchingExecution } from './start-matching-execution.ts';

/**
 * Staff resume a run from its last checkpoint in a new execution: a failed run (a step failed after
 * its retries), or a running one whose execution ended without ending it, once its last task cannot
 * be working any more (the calendar's tick does the same on its own). The step it stopped in runs
 * again: a page of offers already made finds its placements stored and makes none twice.
 */
export const resumeMatchingRun = async (
  deps: MatchingRunDependencies,
  identity: Identity,
  seasonId: string,
  runId: string,
): Promise<MatchingRunView> => {
  await deps.staffedSeasons.staffedSeason(identity, seasonId);
  const run = await deps.runs.find(seasonId, runId);
  if (run === undefined) throw notFound('internship matching run');
  if (run.status === 'succeeded') throw matchingNotResumable(run.status);
  const at = deps.clock().toISOString();

  if (run.status === 'failed') {
    const claim = await deps.runs.resume(run, identity.subject, at);
    if (claim.outcome === 'running') throw matchingRunning(seasonId, claim.runId);
    if (claim.outcome !== 'claimed') throw matchingNotResumable('running');
    const { finishedAt: _finishedAt, ...unfinished } = run;
    const resumed: MatchingRun = {
      ...unfinished,
      resumedBy: identity.subject,
      resumedAt: at,
      updatedAt: at,
      status: 'running',
      executions: run.executions + 1,
    };
    await startMatchingExecution(deps, resumed);
    return toMatchingRunView(resumed);
  }

  const restarted = await restartInterruptedMatchingRun(deps, run, { subject: identity.subject, at });
  if (restarted.outcome !== 'restarted') throw matchingNotResumable(run.status);
  return toMatchingRunView(restarted.run);
};
