import { offerStagesAt } from '../../domain/offer-audience.ts';
import { MAX_CHUNK_BYTES, chunkLines } from '../../domain/matching/chunk-lines.ts';
import { tieBreakRubricOf } from '../../domain/matching/tie-break-rubric.ts';
import type { MatchingRun } from '../../matching-run-schema.ts';
import type { MatchingApplicant } from '../../matching-outcome-schema.ts';
import type { MatchingRunPhase } from '../../matching-run-schema.ts';
import type { MatchingStepDependencies } from './matching-run-dependencies.ts';

/** Lines per input chunk: a page of the inputs is a chunk or two. */
const INPUT_CHUNK_LINES = 500;

/**
 * A page of the run's inputs from its cursor into its next chunks, and the cursor moved on in one
 * conditional write. Applicants: the stage's applications with their ranked offers and their score
 * on the rubric that got them into the stage (the page's scores in one batched read), and which of
 * their offers they declined or let expire in an earlier round (skipped by the match), less those
 * holding a place in the stage already (an earlier round's, or this round's before a resume) and
 * those whose processing stopped (consent withdrawn). Offers: the stage's approved offers with the
 * seats they have left and their host's ranking. A repeated page reads from the same cursor and
 * writes the same chunk numbers; only the checkpoint that lands counts it.
 */
export const collectMatchingPage = async (
  deps: Pick<MatchingStepDependencies, 'runs' | 'inputs' | 'placements' | 'recipients' | 'scores' | 'programmes' | 'clock' | 'pageSize'>,
  run: MatchingRun,
  execution: number,
): Promise<{ readonly written: 'written' | 'moved-on'; readonly phase: MatchingRunPhase }> => {
  const request = { seasonId: run.seasonId, stage: run.stage, limit: deps.pageSize, cursor: run.cursor };
  const at = deps.clock().toISOString();
  if (run.phase === 'collect-offers') {
    const programme = await deps.programmes.find(run.programmeId);
    if (programme === undefined) throw new Error('A matching run refers to a programme that does not exist');
    const levels = [...new Set(offerStagesAt(programme.settings, run.stage).map((entry) => entry.level))];
    const page = await deps.inputs.offers({ ...request, levels });
    const phase: MatchingRunPhase = page.nextCursor === undefined ? 'match' : 'collect-offers';
    const written = await deps.runs.checkpoint(
      run,
      execution,
      {
        chunks: { part: 'OFFERS', lines: chunkLines(page.items, INPUT_CHUNK_LINES, MAX_CHUNK_BYTES) },
        cursor: page.nextCursor,
        phase,
        counts: { offers: page.items.length, seats: page.items.reduce((total, offer) => total + offer.seatsLeft, 0) },
      },
      at,
    );
    return { written, phase };
  }
  const programme = await deps.programmes.find(run.programmeId);
  if (programme === undefined) throw new Error('A matching run refers to a programme that does not exist');
  const rubric = tieBreakRubricOf(programme.settings.pipeline, run.stage);
  const page = await deps.inputs.applicants(request);
  const applicationIds = page.items.map((applicant) => applicant.applicationId);
  const [held, refused, stopped, scores] = await Promise.all([
    deps.placements.heldIn(run.stage, applicationIds),
    deps.placements.refusedIn(run.stage, applicationIds),
    deps.recipients.processingStopped(page.items.map((applicant) => applicant.applicantId)),
    rubric === undefined ? new Map<string, number>() : deps.scores.rubricScoresOf(applicationIds, rubric),
  ]);
  const kept: MatchingApplicant[] = [];
  const excludedReasons: Record<string, number> = {};
  for (const applicant of page.items) {
    const reason = held.has(applicant.applicationId)
      ? 'placed-earlier'
      : stopped.has(applicant.applicantId)
        ? 'processing-stopped'
        : undefined;
    if (reason !== undefined) {
      excludedReasons[reason] = (excludedReasons[reason] ?? 0) + 1;
      continue;
    }
    const score = scores.get(applicant.applicationId);
    const declined = applicant.choices.filter((offerId) => refused.get(applicant.applicationId)?.has(offerId) === true);
    kept.push({ ...applicant, ...(declined.length === 0 ? {} : { declined }), ...(score === undefined ? {} : { score }) });
  }
  const phase: MatchingRunPhase = page.nextCursor === undefined ? 'collect-offers' : 'collect-applicants';
  const written = await deps.runs.checkpoint(
    run,
    execution,
    {
      chunks: { part: 'APPLICANTS', lines: chunkLines(kept, INPUT_CHUNK_LINES) },
      cursor: page.nextCursor,
      phase,
      counts: { applicants: kept.length, excluded: page.items.length - kept.length, excludedReasons },
    },
    at,
  );
  return { written, phase };
};
