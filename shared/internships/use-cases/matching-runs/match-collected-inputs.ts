import { runMatch } from '../../domain/matching/run-match.ts';
import { matchingApplicantSchema, matchingOfferSchema } from '../../matching-outcome-schema.ts';
import type { MatchingRun, MatchingRunPhase } from '../../matching-run-schema.ts';
import type { MatchingStepDependencies } from './matching-run-dependencies.ts';

/**
 * The match, in one step: every input chunk the run collected, read back (a few Queries of the
 * run's partition), the engine over all of them at once (10,000 applicants × 1,000 offers in well
 * under a second), and its result written as the run's chunks: the assignments (what the offer
 * phase turns into placements) and the explanations (what the report shows line by line). Then
 * the figures and the next phase (`offer`, or `done` for a dry run or an empty result) in one
 * conditional write. The engine is deterministic in its inputs and the run's id, so a repeated
 * step writes the same chunks again.
 */
export const matchCollectedInputs = async (
  deps: Pick<MatchingStepDependencies, 'runs' | 'clock'>,
  run: MatchingRun,
  execution: number,
): Promise<{ readonly written: 'written' | 'moved-on'; readonly phase: MatchingRunPhase }> => {
  const [applicantChunks, offerChunks] = await Promise.all([
    deps.runs.chunks(run.id, 'APPLICANTS', run.chunks.applicants),
    deps.runs.chunks(run.id, 'OFFERS', run.chunks.offers),
  ]);
  const applicants = applicantChunks.flat().map((line) => matchingApplicantSchema.parse(line));
  const offers = offerChunks.flat().map((line) => matchingOfferSchema.parse(line));
  const { assignments: _assignments, ...result } = runMatch(run.id, applicants, offers);
  const phase: MatchingRunPhase = run.dryRun || result.assigned.length === 0 ? 'done' : 'offer';
  const written = await deps.runs.recordMatch(run, execution, { ...result, phase }, deps.clock().toISOString());
  return { written, phase };
};
