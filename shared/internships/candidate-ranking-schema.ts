import * as z from 'zod';
import { MAX_INTERNSHIP_PREFERENCES } from '../catalogue/domain/config/internships-schema.ts';
import { storableNumberSchema } from '../catalogue/domain/config/storable-number.ts';
import { applicationSchema } from '../applications/application-schema.ts';
import { applicationIdSchema, localIdSchema, seasonIdSchema } from '../platform/identifiers/identifiers.ts';
import { freeText } from '../platform/text/free-text.ts';
import { isoDateTime } from '../platform/time/iso-date-time.ts';
import { actorSubjectSchema, internshipOfferIdSchema } from './internship-offer-schema.ts';

/** The most candidates a host ranks for one offer: tens of seats at most, so a thousand is every candidate worth ranking. */
export const MAX_RANKED_CANDIDATES = 1000;

/**
 * A host's order of the candidates who ranked its offer, best first, and whether it also takes
 * candidates it did not rank (after the ranked ones). This is a matching run's receiver as is:
 * `{ id: offerId, capacity: seats, ranking, acceptsUnranked }`.
 */
export const candidateRankingInputSchema = z.strictObject({
  ranking: z
    .array(applicationIdSchema)
    .max(MAX_RANKED_CANDIDATES)
    .superRefine((ids, ctx) => {
      const seen = new Set<string>();
      ids.forEach((id, index) => {
        if (seen.has(id)) {
          ctx.addIssue({
            code: 'custom',
            path: [index],
            message: 'Listed twice',
            params: { code: 'duplicate-candidate', message: { ru: 'Кандидат указан дважды', en: 'The candidate is listed twice' } },
          });
        }
        seen.add(id);
      });
    }),
  acceptsUnranked: z.boolean().describe('Take any candidate who ranked the offer, after those ranked here.'),
  version: z.int().min(0).describe('The version you read; 0 the first time.'),
});
export type CandidateRankingInput = z.infer<typeof candidateRankingInputSchema>;

export const candidateRankingSchema = z.strictObject({
  seasonId: seasonIdSchema,
  offerId: internshipOfferIdSchema,
  ranking: z.array(applicationIdSchema).max(MAX_RANKED_CANDIDATES),
  acceptsUnranked: z.boolean(),
  updatedBy: actorSubjectSchema.optional(),
  updatedAt: isoDateTime().optional(),
  /** 0 while the host has ranked nobody: a matching run then places nobody there (nobody is accepted unasked). */
  version: z.int().min(0),
});
export type CandidateRanking = z.infer<typeof candidateRankingSchema>;

/**
 * A candidate as a host sees them before the applicant consents to release their personal data:
 * no name, contacts or birth date; what they applied with and how their interviews went.
 */
export const internshipCandidateSchema = z.strictObject({
  applicationId: applicationIdSchema,
  /** Where the applicant put this offer among their choices (1: first). */
  choiceRank: z.int().min(1).max(MAX_INTERNSHIP_PREFERENCES),
  /** Where the host's ranking puts them, if it does. */
  hostRank: z.int().min(1).max(MAX_RANKED_CANDIDATES).optional(),
  stage: localIdSchema,
  track: localIdSchema.optional(),
  participantRole: localIdSchema.optional(),
  region: applicationSchema.shape.region,
  preferredInternshipLevel: localIdSchema.optional(),
  internshipJustification: freeText({ max: 3000, multiline: true, trim: false }).optional(),
  /** The application's scores on the programme's interview rubrics. */
  interviewScores: z.array(z.strictObject({ rubricId: localIdSchema, score: storableNumberSchema })).max(20),
});
export type InternshipCandidate = z.infer<typeof internshipCandidateSchema>;
