import * as z from 'zod';
import { applicationIdSchema, subjectIdSchema } from '../platform/identifiers/identifiers.ts';
import { localisedTextSchema } from '../catalogue/domain/config/localised-text.ts';
import { UNFILLED_REASONS, UNMATCHED_REASONS } from './matching-run-schema.ts';
import { partnerOrganisationIdSchema } from '../partners/partner-organisation-schema.ts';
import { internshipOfferIdSchema } from './internship-offer-schema.ts';

/**
 * What a matching run read and decided, in the chunks it keeps (a partition per run, keys.ts): its
 * inputs (a page of the stage's applicants, of its offers), its assignments and its explanations.
 * Each is a bounded list, so a chunk stays far below DynamoDB's 400 KB item limit.
 */

/**
 * An applicant as the run read them: their application, the offers they ranked (most preferred
 * first), those of them they declined or let expire in an earlier round of the stage (the run
 * skips them; absent: none), and their score on the rubric that got them into the stage
 * (domain/matching/tie-break-rubric.ts), which orders them where a host takes candidates it did
 * not rank (absent: unscored).
 */
export const matchingApplicantSchema = z.strictObject({
  applicationId: applicationIdSchema,
  applicantId: subjectIdSchema,
  choices: z.array(internshipOfferIdSchema).max(50),
  declined: z.array(internshipOfferIdSchema).max(50).optional(),
  score: z.number().min(0).max(100).optional(),
});
export type MatchingApplicant = z.infer<typeof matchingApplicantSchema>;

/** An offer as the run read it: the seats it had left, its host, and the host's ranking of candidates (application ids). */
export const matchingOfferSchema = z.strictObject({
  offerId: internshipOfferIdSchema,
  hostOrganisation: partnerOrganisationIdSchema,
  seatsLeft: z.int().min(0),
  ranking: z.array(applicationIdSchema).max(5000),
  acceptsUnranked: z.boolean(),
});
export type MatchingOffer = z.infer<typeof matchingOfferSchema>;

/** An applicant placed by the engine: who, where, and at which of their choices (1 = first). */
export const matchingAssignmentSchema = z.strictObject({
  applicationId: applicationIdSchema,
  applicantId: subjectIdSchema,
  offerId: internshipOfferIdSchema,
  hostOrganisation: partnerOrganisationIdSchema,
  choiceRank: z.int().min(1).max(50),
});
export type MatchingAssignment = z.infer<typeof matchingAssignmentSchema>;

/** What became of a ranked offer: shared/matching's outcomes, and `declined-earlier` (declined or let expire in an earlier round: skipped). */
export const CHOICE_OUTCOMES = ['unknown', 'duplicate', 'not-acceptable', 'no-seats', 'outranked', 'declined-earlier'] as const;

/** An applicant left without a place, with the reason, the explanation they can be given, and what became of each choice. */
export const unmatchedApplicantSchema = z.strictObject({
  applicationId: applicationIdSchema,
  reason: z.enum(UNMATCHED_REASONS),
  explanation: localisedTextSchema(1000),
  choices: z
    .array(z.strictObject({ offerId: internshipOfferIdSchema, choiceRank: z.int().min(1).max(50), outcome: z.enum(CHOICE_OUTCOMES) }))
    .max(50),
});
export type UnmatchedApplicant = z.infer<typeof unmatchedApplicantSchema>;

/** An offer left with seats: how many, why, explained for staff and its host, with the counts behind it. */
export const unfilledOfferSchema = z.strictObject({
  offerId: internshipOfferIdSchema,
  seatsLeft: z.int().min(1),
  reason: z.enum(UNFILLED_REASONS),
  explanation: localisedTextSchema(1000),
  seats: z.int().min(0),
  chosenBy: z.int().min(0),
  seated: z.int().min(0),
  notAcceptable: z.int().min(0),
  matchedElsewhere: z.int().min(0),
});
export type UnfilledOffer = z.infer<typeof unfilledOfferSchema>;

/** How many lines of each part one chunk holds: a page of the outcomes route is one chunk. */
export const CHUNK_LINES = { assigned: 200, unmatched: 100, unfilled: 100 } as const;
