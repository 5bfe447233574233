import * as z from 'zod';
import { localIdSchema } from '../platform/identifiers/identifiers.ts';
import { shortlistRuleSchema } from '../catalogue/domain/config/shortlist-rule-schema.ts';

/** A participant's completion of their track's courses and what the programme's shortlist rule says about it. */
export const completionSchema = z.strictObject({
  track: localIdSchema.optional(),
  webinars: z.strictObject({
    total: z.int(),
    watched: z.array(localIdSchema),
    missing: z.array(localIdSchema),
  }),
  broadcasts: z.strictObject({
    total: z.int(),
    attended: z.array(localIdSchema),
    /** 0..1; 1 when the track has no broadcasts (nothing was missed). */
    share: z.number(),
  }),
  /** The programme's rule; absent when the programme shortlists otherwise. */
  rule: shortlistRuleSchema.optional(),
  meetsShortlistRule: z.boolean(),
});
export type Completion = z.infer<typeof completionSchema>;
