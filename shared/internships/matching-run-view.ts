import * as z from 'zod';
import { localIdSchema, seasonIdSchema } from '../platform/identifiers/identifiers.ts';
import { isoDateTime } from '../platform/time/iso-date-time.ts';
import {
  MATCHING_RUN_PHASES,
  MATCHING_RUN_STATUSES,
  MAX_MATCHING_ROUND,
  matchingRunCountsShape,
  matchingRunFailureSchema,
  matchingRunIdSchema,
  runActorSchema,
  type MatchingRun,
} from './matching-run-schema.ts';

/** The most failures a view lists, the most recent. */
const MAX_FAILURES_SHOWN = 100;

/** A matching run as staff see it: phase, figures and failures; the explanations line by line at `…/outcomes`. */
export const matchingRunViewSchema = z.strictObject({
  id: matchingRunIdSchema,
  seasonId: seasonIdSchema,
  stage: localIdSchema,
  round: z.int().min(1).max(MAX_MATCHING_ROUND),
  dryRun: z.boolean().describe('True: the report only, nothing offered.'),
  status: z.enum(MATCHING_RUN_STATUSES),
  phase: z
    .enum(MATCHING_RUN_PHASES)
    .describe('`collect-applicants`, `collect-offers` (page by page), `match` (the engine, one step), `offer` (a real run), `done`.'),
  startedBy: runActorSchema,
  startedAt: isoDateTime(),
  resumedBy: runActorSchema.optional(),
  resumedAt: isoDateTime().optional(),
  updatedAt: isoDateTime(),
  finishedAt: isoDateTime().optional(),
  executions: z.int().min(1).describe('1, plus one per resume.'),
  ...matchingRunCountsShape,
  failures: z.array(matchingRunFailureSchema).max(MAX_FAILURES_SHOWN).describe('What stopped it, oldest first (the most recent 100).'),
});
export type MatchingRunView = z.infer<typeof matchingRunViewSchema>;

export const toMatchingRunView = (run: MatchingRun): MatchingRunView => ({
  id: run.id,
  seasonId: run.seasonId,
  stage: run.stage,
  round: run.round,
  dryRun: run.dryRun,
  status: run.status,
  phase: run.phase,
  startedBy: run.startedBy,
  startedAt: run.startedAt,
  ...(run.resumedBy === undefined ? {} : { resumedBy: run.resumedBy }),
  ...(run.resumedAt === undefined ? {} : { resumedAt: run.resumedAt }),
  updatedAt: run.updatedAt,
  ...(run.finishedAt === undefined ? {} : { finishedAt: run.finishedAt }),
  executions: run.executions,
  applicants: run.applicants,
  excluded: run.excluded,
  excludedReasons: run.excludedReasons,
  offers: run.offers,
  seats: run.seats,
  matched: run.matched,
  firstChoice: run.firstChoice,
  proposals: run.proposals,
  unmatched: run.unmatched,
  unmatchedReasons: run.unmatchedReasons,
  unfilledOffers: run.unfilledOffers,
  unfilledSeats: run.unfilledSeats,
  unfilledReasons: run.unfilledReasons,
  offered: run.offered,
  notOffered: run.notOffered,
  notOfferedReasons: run.notOfferedReasons,
  failures: run.failures.slice(-MAX_FAILURES_SHOWN),
});
