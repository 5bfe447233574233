import * as z from 'zod';
import { applicationIdSchema } from '../applications/application-schema.ts';
import { seasonIdSchema } from '../platform/identifiers/identifiers.ts';
import { completionSchema } from './completion-schema.ts';
import { liveBroadcastSchema, recordedWebinarSchema } from './course-catalogue-schema.ts';

/** An application's education block: its track's courses, each marked done or not, and its completion. */
export const educationViewSchema = z.strictObject({
  applicationId: applicationIdSchema,
  seasonId: seasonIdSchema,
  webinars: z.array(recordedWebinarSchema.omit({ tracks: true }).extend({ watched: z.boolean() })).max(100),
  broadcasts: z.array(liveBroadcastSchema.omit({ tracks: true }).extend({ attended: z.boolean() })).max(100),
  completion: completionSchema,
});
export type EducationView = z.infer<typeof educationViewSchema>;
