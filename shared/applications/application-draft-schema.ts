import * as z from 'zod';
import { applicationSchema } from './application-schema.ts';

/**
 * What an applicant edits on a draft: the whole editable content (PUT replaces it) with the
 * `version` read. The shape is checked here; the fit with the programme and the season's
 * questions is checked by domain/validate-draft.ts against their config.
 */
export const applicationDraftSchema = applicationSchema
  .pick({ participantRole: true, preferredInternshipLevel: true, internshipJustification: true, projectDescription: true })
  .extend({
    answers: applicationSchema.shape.answers.default({}),
    version: z.int().min(1),
  });
export type ApplicationDraft = z.infer<typeof applicationDraftSchema>;
