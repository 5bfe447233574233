import * as z from 'zod';
import { localIdSchema } from '../platform/identifiers/identifiers.ts';
import { shortlistRuleSchema } from '../catalogue/domain/config/shortlist-rule-schema.ts';

/** A participant's completion of their track's courses and what the programme's shortlist rule says about it. */
export const completionSchema = z.strictObject({
  track: localIdSchema.optional(),
  webinars: z.strictObject({
    total: z.int().min(0).max(100),
    watched: z.array(localIdSchema).max(100),
    missing: z.array(localIdSchema).max(100),
  }),
  broadcasts: z.strictObject({
    total: z.int().min(0).max(100),
    attended: z.array(localIdSchema).max(100),
    /** 0..1; 1 when the track has no broadcasts (nothing was missed). */
    share: z.number().min(0).max(1),
  }),
  /** The programme's rule; absent when the programme shortlists otherwise. */
  rule: shortlistRuleSchema.optional(),
  meetsShortlistRule: z.boolean(),
});
export type Completion = z.infer<typeof completionSchema>;
