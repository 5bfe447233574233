import * as z from 'zod';
import { localIdSchema } from '../../../platform/identifiers/identifiers.ts';
import { storableNumberSchema } from './storable-number.ts';

/**
 * Who is admitted to a stage after the education block (ПроКадры: every recorded webinar watched
 * and a share of live broadcasts attended). Issue 4's gate evaluates it per application.
 */
export const shortlistRuleSchema = z.strictObject({
  /** The stage the shortlist admits to. */
  stage: localIdSchema,
  allRecordedWebinarsRequired: z.boolean(),
  /** 0..1: share of live broadcasts attended. */
  minLiveBroadcastShare: storableNumberSchema.min(0).max(1),
});
export type ShortlistRule = z.infer<typeof shortlistRuleSchema>;
