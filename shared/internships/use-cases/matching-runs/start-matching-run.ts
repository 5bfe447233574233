import type { Identity } from '../../../platform/auth/identity.ts';
import { startJobExecution } from '../../../platform/jobs/start-job-execution.ts';
import { matchingRunIdFor } from '../../domain/matching/matching-run-id.ts';
import type { MatchingRun, StartMatchingRunInput } from '../../matching-run-schema.ts';
import { toMatchingRunView, type MatchingRunView } from '../../matching-run-view.ts';
import { matchingKeyReused, matchingRunning, notAnInternshipStage } from '../../placement-errors.ts';
import type { MatchingRunDependencies } from './matching-run-dependencies.ts';
import { matchingRunKind } from './matching-run-kind.ts';

/**
 * Staff of the season's programme match a stage's applicants to its offers: the run is created
 * with the lock of its season and stage (a second start while one runs is a 409 naming it), then
 * the internshipMatching machine works through it. The run's id comes from the Idempotency-Key,
 * so the same start sent again answers with the same run and starts nothing more.
 */
export const startMatchingRun = async (
  deps: MatchingRunDependencies,
  identity: Identity,
  seasonId: string,
  input: StartMatchingRunInput,
  idempotencyKey: string,
): Promise<MatchingRunView> => {
  const { programme } = await deps.staffedSeasons.staffedSeason(identity, seasonId);
  const stages = programme.settings.internships?.offerStages ?? [];
  if (!stages.some((entry) => entry.stage === input.stage)) throw notAnInternshipStage(input.stage);
  const at = deps.clock().toISOString();
  const run: MatchingRun = {
    id: matchingRunIdFor(seasonId, idempotencyKey),
    seasonId,
    programmeId: programme.id,
    stage: input.stage,
    round: input.round,
    dryRun: input.dryRun,
    status: 'running',
    phase: 'collect-applicants',
    startedBy: identity.subject,
    startedAt: at,
    updatedAt: at,
    executions: 1,
    pages: 0,
    chunks: { applicants: 0, offers: 0, assigned: 0, unmatched: 0, unfilled: 0 },
    applicants: 0,
    excluded: 0,
    excludedReasons: {},
    offers: 0,
    seats: 0,
    matched: 0,
    firstChoice: 0,
    proposals: 0,
    unmatched: 0,
    unmatchedReasons: {},
    unfilledOffers: 0,
    unfilledSeats: 0,
    unfilledReasons: {},
    offered: 0,
    notOffered: 0,
    notOfferedReasons: {},
    failures: [],
  };
  const claim = await deps.runs.start(run);
  if (claim.outcome === 'running') throw matchingRunning(seasonId, claim.runId);
  if (claim.outcome === 'exists') {
    const existing = await deps.runs.find(seasonId, run.id);
    if (existing === undefined) throw new Error('A matching run refused as existing is not there');
    if (existing.stage !== run.stage || existing.round !== run.round || existing.dryRun !== run.dryRun) throw matchingKeyReused();
    // The first answer may have been lost before its StartExecution: the same execution again is that one, or starts it.
    if (existing.status === 'running') await startJobExecution(matchingRunKind, deps, existing);
    return toMatchingRunView(existing);
  }
  await startJobExecution(matchingRunKind, deps, run);
  return toMatchingRunView(run);
};
