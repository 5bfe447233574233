import * as z from 'zod';
import { localIdSchema, seasonIdSchema } from '../platform/identifiers/identifiers.ts';
import { JOB_RUN_STATUSES } from '../platform/jobs/job-run.ts';
import { jobRunActorSchema, jobRunLifeShape } from '../platform/jobs/job-run-schema.ts';
import { recentFailuresViewSchema, recentJobRunFailures, toJobRunLifeView } from '../platform/jobs/job-run-view.ts';
import {
  MATCHING_RUN_PHASES,
  MAX_MATCHING_ROUND,
  matchingRunCountsShape,
  matchingRunFailureSchema,
  matchingRunIdSchema,
  type MatchingRun,
} from './matching-run-schema.ts';

/** A matching run as staff see it: phase, figures and failures; the explanations line by line at `…/outcomes`. */
export const matchingRunViewSchema = z.strictObject({
  id: matchingRunIdSchema,
  seasonId: seasonIdSchema,
  stage: localIdSchema,
  round: z.int().min(1).max(MAX_MATCHING_ROUND),
  dryRun: z.boolean().describe('True: the report only, nothing offered.'),
  status: z.enum(JOB_RUN_STATUSES),
  phase: z
    .enum(MATCHING_RUN_PHASES)
    .describe('`collect-applicants`, `collect-offers` (page by page), `match` (the engine, one step), `offer` (a real run), `done`.'),
  ...jobRunLifeShape({ startedBy: jobRunActorSchema, resumedBy: jobRunActorSchema.optional() }),
  ...matchingRunCountsShape,
  failures: recentFailuresViewSchema(matchingRunFailureSchema, 'What stopped it, oldest first (the most recent 100).'),
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
  ...toJobRunLifeView(run),
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
  failures: recentJobRunFailures(run.failures),
});
