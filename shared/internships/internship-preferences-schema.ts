import * as z from 'zod';
import { MAX_INTERNSHIP_PREFERENCES } from '../catalogue/domain/config/internships-schema.ts';
import { applicationIdSchema, localIdSchema, programmeIdSchema, seasonIdSchema } from '../platform/identifiers/identifiers.ts';
import { isoDateTime } from '../platform/time/iso-date-time.ts';
import { INTERNSHIP_OFFER_STATUSES, internshipOfferIdSchema, internshipOptionSchema } from './internship-offer-schema.ts';

const noRepeats = (field: string) => (ids: readonly string[], ctx: z.RefinementCtx) => {
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    if (seen.has(id)) {
      ctx.addIssue({
        code: 'custom',
        path: [index],
        message: `Listed twice in ${field}`,
        params: { code: 'duplicate-choice', message: { ru: 'Указано дважды', en: 'Listed twice' } },
      });
    }
    seen.add(id);
  });
};

/**
 * The applicant's ranked offers, most wanted first, with the version read (0 the first time); up to
 * the programme's limit, offers from the application's list only. An empty list takes every choice back.
 */
export const internshipPreferencesInputSchema = z.strictObject({
  choices: z.array(internshipOfferIdSchema).max(MAX_INTERNSHIP_PREFERENCES).superRefine(noRepeats('choices')),
  version: z.int().min(0),
});
export type InternshipPreferencesInput = z.infer<typeof internshipPreferencesInputSchema>;

/** The ranked offers as stored, one item per application and stage: what a matching run reads as a proposer. */
export const internshipPreferencesSchema = z.strictObject({
  applicationId: applicationIdSchema,
  seasonId: seasonIdSchema,
  programmeId: programmeIdSchema,
  stage: localIdSchema,
  choices: z.array(internshipOfferIdSchema).max(MAX_INTERNSHIP_PREFERENCES),
  updatedAt: isoDateTime(),
  version: z.int().min(1),
});
export type InternshipPreferences = z.infer<typeof internshipPreferencesSchema>;

/** One entry of an offer's candidate pool: who ranked it, at which place. */
export const internshipChoiceSchema = z.strictObject({
  applicationId: applicationIdSchema,
  seasonId: seasonIdSchema,
  stage: localIdSchema,
  offerId: internshipOfferIdSchema,
  /** 1 for the applicant's first choice. */
  rank: z.int().min(1).max(MAX_INTERNSHIP_PREFERENCES),
});
export type InternshipChoice = z.infer<typeof internshipChoiceSchema>;

/** What the applicant reads back: each choice with the offer as it stands now. */
export const myInternshipPreferencesSchema = z.strictObject({
  applicationId: applicationIdSchema,
  stage: localIdSchema,
  maxPreferences: z.int().min(1).max(MAX_INTERNSHIP_PREFERENCES),
  /** When the stage's window closes in the season's calendar: no changes after it. Absent: the calendar sets none. */
  closesAt: isoDateTime({ offset: true }).optional(),
  choices: z
    .array(
      z.strictObject({
        rank: z.int().min(1).max(MAX_INTERNSHIP_PREFERENCES),
        offerId: internshipOfferIdSchema,
        /** Approved offers count; one back in review (its host changed what applicants chose) or withdrawn does not. */
        offerStatus: z.enum(INTERNSHIP_OFFER_STATUSES),
        offer: internshipOptionSchema.optional(),
      }),
    )
    .max(MAX_INTERNSHIP_PREFERENCES),
  updatedAt: isoDateTime().optional(),
  /** 0 before the first save. */
  version: z.int().min(0),
});
export type MyInternshipPreferences = z.infer<typeof myInternshipPreferencesSchema>;
