import * as z from 'zod';
import { LANGUAGES } from '../applicants/domain/profile/profile-schema.ts';
import { applicationIdSchema, programmeIdSchema, seasonIdSchema } from '../platform/identifiers/identifiers.ts';
import { freeText } from '../platform/text/free-text.ts';
import { isoDateTime } from '../platform/time/iso-date-time.ts';
import { mentorIdSchema } from './mentor-profile-schema.ts';
import { pairIdSchema } from './mentoring-pair-schema.ts';

/** About two pages: what a recommendation letter holds. */
export const MAX_LETTER_LENGTH = 6000;

/**
 * `requested` (the summing up asked the mentor), `draft` (the mentor saved a text), `final` (the
 * mentor signed it off: it never changes again, and the certificates capability reads it).
 */
export const LETTER_STATUSES = ['requested', 'draft', 'final'] as const;

export const recommendationLetterSchema = z.strictObject({
  applicationId: applicationIdSchema,
  pairId: pairIdSchema,
  seasonId: seasonIdSchema,
  programmeId: programmeIdSchema,
  mentorId: mentorIdSchema,
  status: z.enum(LETTER_STATUSES),
  text: freeText({ max: MAX_LETTER_LENGTH, multiline: true }).optional(),
  language: z.enum(LANGUAGES).optional(),
  requestedAt: isoDateTime(),
  updatedAt: isoDateTime(),
  finalisedAt: isoDateTime().optional(),
  version: z.int().min(1),
});
export type RecommendationLetter = z.infer<typeof recommendationLetterSchema>;

export const saveLetterInputSchema = z.strictObject({
  text: freeText({ max: MAX_LETTER_LENGTH, multiline: true }),
  language: z.enum(LANGUAGES),
  final: z.boolean().describe('true signs the letter off: from then on it never changes, and the mentee reads it.'),
  version: z.int().min(1).describe('The version you read.'),
});
export type SaveLetterInput = z.infer<typeof saveLetterInputSchema>;

/** What the mentee reads on their application: that a letter is on its way, then the letter itself. */
export const menteeLetterViewSchema = z.strictObject({
  status: z.enum(['being-written', 'final']),
  mentorName: freeText({ max: 200 }).optional(),
  text: freeText({ max: MAX_LETTER_LENGTH, multiline: true }).optional().describe('Once final.'),
  language: z.enum(LANGUAGES).optional(),
  requestedAt: isoDateTime(),
  finalisedAt: isoDateTime().optional(),
});
export type MenteeLetterView = z.infer<typeof menteeLetterViewSchema>;
