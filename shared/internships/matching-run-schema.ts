import * as z from 'zod';
import { localIdSchema, programmeIdSchema, seasonIdSchema, uuidSchema } from '../platform/identifiers/identifiers.ts';
import { JOB_RUN_STATUSES } from '../platform/jobs/job-run.ts';
import { jobRunActorSchema, jobRunFailureSchema, jobRunLifeShape } from '../platform/jobs/job-run-schema.ts';

/**
 * An internship matching run: the internshipMatching state machine collecting a stage's applicants
 * (their ranked offers) and its offers (seats left, the host's ranking) page by page into chunks
 * of the run, matching them in one step (applicant-proposing deferred acceptance, shared/matching),
 * then, unless it is a dry run, offering every assigned applicant their placement page by page.
 * The record is the run's checkpoint and its report at once: each page moves the phase's cursor
 * and adds its counts in one conditional write. Its status and life are every job run's (shared/platform/jobs).
 */

/** Where a run is: collecting applicants, then offers, matching, offering placements (not in a dry run), done. */
export const MATCHING_RUN_PHASES = ['collect-applicants', 'collect-offers', 'match', 'offer', 'done'] as const;
export type MatchingRunPhase = (typeof MATCHING_RUN_PHASES)[number];

/**
 * Why a run's unmatched applicant got no place: shared/matching's reasons, and `declined-earlier`
 * (every offer they ranked is one they declined or let expire in an earlier round of the stage).
 */
export const UNMATCHED_REASONS = ['no-choices', 'choices-unknown', 'not-acceptable', 'outranked', 'declined-earlier'] as const;
/** Why an offer kept seats (shared/matching's reasons). */
export const UNFILLED_REASONS = ['not-chosen', 'chosen-by-too-few', 'candidates-not-acceptable', 'candidates-matched-elsewhere'] as const;
/** Applications of the stage a run leaves out before matching: a seat held in the stage already, or processing stopped (consent withdrawn). */
export const EXCLUDED_REASONS = ['placed-earlier', 'processing-stopped'] as const;
/**
 * Assignments the offer phase could not turn into placements, because something changed since the
 * inputs were read: the application left the stage, took a seat in the stage meanwhile, or the
 * offer was withdrawn or has no seat left (its host cut the seats).
 */
export const NOT_OFFERED_REASONS = ['left-stage', 'placed-meanwhile', 'offer-withdrawn', 'offer-full'] as const;

export type UnmatchedReason = (typeof UNMATCHED_REASONS)[number];
export type UnfilledReason = (typeof UNFILLED_REASONS)[number];
export type ExcludedReason = (typeof EXCLUDED_REASONS)[number];
export type NotOfferedReason = (typeof NOT_OFFERED_REASONS)[number];

/** The most a round can be numbered: rounds after the first take what the earlier ones left. */
export const MAX_MATCHING_ROUND = 20;

export const matchingRunIdSchema = uuidSchema;

/** The most applications (or offers) a step reads: their chunk and its preferences batch stay well within a Lambda's seconds. */
export const MAX_MATCHING_PAGE = 200;

export const matchingRunFailureSchema = jobRunFailureSchema({ phase: z.enum(MATCHING_RUN_PHASES).optional() });
export type MatchingRunFailure = z.infer<typeof matchingRunFailureSchema>;

const count = z.int().min(0);
const reasonCounts = <T extends readonly [string, ...string[]]>(reasons: T) => z.partialRecord(z.enum(reasons), count);

/** The report's figures: what was read, what the engine decided, and (a real run) what was offered. */
export const matchingRunCountsShape = {
  applicants: count.describe('Applications of the stage taken into the match (each with its ranked offers, possibly none).'),
  excluded: count.describe('Applications of the stage left out before matching; why in `excludedReasons`.'),
  excludedReasons: reasonCounts(EXCLUDED_REASONS).describe('`placed-earlier` (a seat held in the stage already), `processing-stopped`.'),
  offers: count.describe('Approved offers of the stage with at least one seat left.'),
  seats: count.describe('Seats those offers had left for the run.'),
  matched: count.describe('Applicants the engine placed.'),
  firstChoice: count.describe('Of them, placed at their first choice.'),
  proposals: count.describe('Proposals the deferred acceptance made (its work).'),
  unmatched: count.describe('Applicants left without a place; why in `unmatchedReasons`, each explained at `…/outcomes?kind=unmatched`.'),
  unmatchedReasons: reasonCounts(UNMATCHED_REASONS).describe(
    '`no-choices`, `choices-unknown` (no ranked offer is open in the run), `not-acceptable` (every chosen host takes only candidates it ranked), `outranked` (chosen hosts filled their seats with candidates they preferred), `declined-earlier` (every ranked offer is one the applicant declined or let expire in an earlier round of the stage: a round never offers it again).',
  ),
  unfilledOffers: count.describe('Offers left with seats; why in `unfilledReasons`, each explained at `…/outcomes?kind=unfilled`.'),
  unfilledSeats: count.describe('Seats left over all offers.'),
  unfilledReasons: reasonCounts(UNFILLED_REASONS).describe(
    'Offers per reason: `not-chosen`, `chosen-by-too-few`, `candidates-not-acceptable`, `candidates-matched-elsewhere`.',
  ),
  offered: count.describe('Placements offered (a real run): each applicant mailed, a seat held on the offer.'),
  notOffered: count.describe('Assignments not offered because something changed since the inputs were read; why in `notOfferedReasons`.'),
  notOfferedReasons: reasonCounts(NOT_OFFERED_REASONS).describe('`left-stage`, `placed-meanwhile`, `offer-withdrawn`, `offer-full`.'),
};

/** How many chunks of each part a run holds (inputs, assignments, explanations). */
export const matchingRunChunksSchema = z.strictObject({
  applicants: count,
  offers: count,
  assigned: count,
  unmatched: count,
  unfilled: count,
});
export type MatchingRunChunks = z.infer<typeof matchingRunChunksSchema>;

export const matchingRunSchema = z.strictObject({
  id: matchingRunIdSchema,
  seasonId: seasonIdSchema,
  programmeId: programmeIdSchema,
  stage: localIdSchema,
  round: z.int().min(1).max(MAX_MATCHING_ROUND),
  dryRun: z.boolean(),
  status: z.enum(JOB_RUN_STATUSES),
  phase: z.enum(MATCHING_RUN_PHASES),
  ...jobRunLifeShape({ startedBy: jobRunActorSchema, resumedBy: jobRunActorSchema.optional() }),
  /** Where the phase's next page starts: the inputs' cursor while collecting; absent otherwise. */
  cursor: z.string().min(1).max(4096).optional(),
  /** Pages recorded in the current phase (collecting: pages read; offering: assignment chunks offered). */
  pages: count,
  chunks: matchingRunChunksSchema,
  ...matchingRunCountsShape,
  failures: z.array(matchingRunFailureSchema),
});
export type MatchingRun = z.infer<typeof matchingRunSchema>;

export const startMatchingRunInputSchema = z.strictObject({
  stage: localIdSchema.describe('The internship stage to match (its offers and the applications in it).'),
  dryRun: z.boolean().describe('True: compute and report, offer nothing. False: offer every assigned applicant their placement.'),
  round: z
    .int()
    .min(1)
    .max(MAX_MATCHING_ROUND)
    .default(1)
    .describe('1 for the first match of the stage; a later round takes only applications without a seat in the stage and the seats left.'),
});
export type StartMatchingRunInput = z.infer<typeof startMatchingRunInputSchema>;
