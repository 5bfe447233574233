import * as z from 'zod';
import { localIdSchema } from '../platform/identifiers/identifiers.ts';

/**
 * The team as its own members see it on their application: its id and name and their place in it,
 * never the other members (pupils are minors; who else is in the team is not theirs to read here).
 */
export const applicantTeamViewSchema = z.strictObject({
  id: localIdSchema,
  name: z.string().max(120),
  as: z.enum(['member', 'mentor']),
});
export type ApplicantTeamView = z.infer<typeof applicantTeamViewSchema>;
