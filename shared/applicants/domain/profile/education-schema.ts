import * as z from 'zod';
import { freeText } from '../../../platform/text/free-text.ts';

/**
 * Levels of the Russian education system that programmes distinguish: pupils (general), college
 * (СПО), the three higher-education degrees and postgraduate study (аспирантура).
 */
export const EDUCATION_LEVELS = ['general', 'secondary-vocational', 'bachelor', 'specialist', 'master', 'postgraduate'] as const;

export const educationSchema = z.strictObject({
  institution: freeText({ max: 300 }),
  field: freeText({ max: 300 }).describe('Field of study (направление подготовки / специальность).'),
  level: z.enum(EDUCATION_LEVELS),
  /** Expected year for current students: ПроКадры segments applicants by what they study now. */
  graduationYear: z.int().min(1940).max(2100).describe('Year of graduation, or the expected year while studying.'),
  publicAdministration: z
    .boolean()
    .describe('Whether the field is state and municipal administration (the ПроКадры “profile” studies, e.g. at RANEPA).'),
});
export type Education = z.infer<typeof educationSchema>;
