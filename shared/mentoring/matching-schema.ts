import * as z from 'zod';
import { applicationIdSchema, localIdSchema } from '../platform/identifiers/identifiers.ts';
import { localisedTextSchema } from '../catalogue/domain/config/localised-text.ts';
import { MAX_POOL_TIER_SIZE } from '../catalogue/domain/config/mentoring-schema.ts';
import { mentorIdSchema } from './mentor-profile-schema.ts';
import { MENTOR_TIERS } from './mentor-pool-schema.ts';
import { pairIdSchema } from './mentoring-pair-schema.ts';

/**
 * The most mentees one matching request takes: the unpaired mentees of the agreement stage are
 * read whole (the stage index, page by page), matched in one run and written ten pairs at a time,
 * which for 2,000 mentees is a few seconds of a function's 30. A larger stage says `remaining` and
 * is matched by calling again: those paired by the first call are skipped.
 */
export const MAX_MATCHING_MENTEES = 2000;

export const matchingInputSchema = z.strictObject({
  dryRun: z.boolean().describe('true: show the proposals and who is left, write nothing.'),
});
export type MatchingInput = z.infer<typeof matchingInputSchema>;

const explanation = localisedTextSchema(1000);

/** Why a mentee is left without a mentor (domain/plan-matching.ts). */
export const UNMATCHED_REASONS = ['no-fitting-mentor', 'choices-unknown', 'outranked', 'not-acceptable'] as const;
/** Why a mentor has places left (the matching engine's reasons). */
export const UNFILLED_REASONS = ['not-chosen', 'chosen-by-too-few', 'candidates-not-acceptable', 'candidates-matched-elsewhere'] as const;

export const matchingResultSchema = z.strictObject({
  dryRun: z.boolean(),
  stage: localIdSchema,
  mentees: z.int().min(0).max(MAX_MATCHING_MENTEES).describe('Unpaired mentees of the agreement stage this call matched.'),
  alreadyPaired: z.int().min(0).describe('Mentees of the stage skipped: they have a pair already.'),
  proposals: z
    .array(
      z.strictObject({
        applicationId: applicationIdSchema,
        mentorId: mentorIdSchema,
        tier: z.enum(MENTOR_TIERS),
        choiceRank: z.int().min(1),
        pairId: pairIdSchema,
      }),
    )
    .max(MAX_MATCHING_MENTEES)
    .describe('The pairs proposed (a dry run: that would be); each mentor is mailed.'),
  refused: z
    .array(
      z.strictObject({
        applicationId: applicationIdSchema,
        mentorId: mentorIdSchema,
        reason: z.enum(['mentor-full', 'mentee-paired', 'mentor-declined', 'mentee-moved', 'mentor-left-pool', 'busy']),
      }),
    )
    .max(MAX_MATCHING_MENTEES)
    .describe('Proposals whose write was refused by what changed meanwhile (run again to match them).'),
  unmatched: z
    .array(z.strictObject({ applicationId: applicationIdSchema, reason: z.enum(UNMATCHED_REASONS), explanation }))
    .max(MAX_MATCHING_MENTEES),
  unfilled: z
    .array(
      z.strictObject({
        mentorId: mentorIdSchema,
        tier: z.enum(MENTOR_TIERS),
        seatsLeft: z.int().min(0),
        reason: z.enum(UNFILLED_REASONS),
        explanation,
      }),
    )
    .max(2 * MAX_POOL_TIER_SIZE),
  remaining: z.boolean().describe(`More unpaired mentees wait than one call takes (${MAX_MATCHING_MENTEES}): call again.`),
});
export type MatchingResult = z.infer<typeof matchingResultSchema>;
