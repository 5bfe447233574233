import * as z from 'zod';
import { localIdSchema } from '../../../platform/identifiers/identifiers.ts';
import { descriptionSchema, nameSchema } from './localised-text.ts';

/**
 * Levels of internship a programme offers (ПроКадры: regional executive bodies, РОИВ, and federal
 * ones, ФОИВ). When a programme has levels asked at application, the applicant states a preferred
 * one with a short justification; the length range is agreed per host body within these bounds, and
 * every internship offer names its level.
 */
export const INTERNSHIP_SCOPES = ['regional', 'federal'] as const;

export const internshipLevelSchema = z
  .strictObject({
    id: localIdSchema,
    scope: z.enum(INTERNSHIP_SCOPES),
    name: nameSchema,
    description: descriptionSchema.optional(),
    minWeeks: z.int().min(1).max(52),
    maxWeeks: z.int().min(1).max(52),
    /**
     * Absent or true: applicants choose among these levels when they apply. False: a level only
     * hosts' offers carry (Кадры будущего's trials at partner organisations, which pupils do not
     * choose a level for).
     */
    askedAtApplication: z.boolean().optional(),
  })
  .refine((level) => level.minWeeks <= level.maxWeeks, {
    path: ['maxWeeks'],
    message: 'minWeeks must not exceed maxWeeks',
    params: {
      code: 'duration-inverted',
      message: { ru: 'Минимальная длительность больше максимальной', en: 'The minimum length exceeds the maximum' },
    },
  });
export type InternshipLevel = z.infer<typeof internshipLevelSchema>;
