import * as z from 'zod';
import { localIdSchema } from '../../../platform/identifiers/identifiers.ts';
import { localisedTextSchema } from '../config/localised-text.ts';
import { storableNumberSchema } from '../config/storable-number.ts';

/**
 * A season's own questions to applicants. The applications capability validates answers against
 * exactly these declarations (type, required, limits), so only what is declared is collected.
 */
const common = {
  id: localIdSchema,
  label: localisedTextSchema(300),
  help: localisedTextSchema(1000, { multiline: true }).optional(),
  required: z.boolean(),
  /** Asked only of applicants in these participant roles; absent means everyone. */
  roles: z.array(localIdSchema).max(10).optional(),
};

export const applicationQuestionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ ...common, kind: z.literal('text'), maxLength: z.int().min(1).max(10_000) }),
  z.strictObject({
    ...common,
    kind: z.literal('choice'),
    multiple: z.boolean(),
    options: z
      .array(z.strictObject({ id: localIdSchema, label: localisedTextSchema(200) }))
      .min(2)
      .max(50),
  }),
  z.strictObject({ ...common, kind: z.literal('boolean') }),
  z.strictObject({ ...common, kind: z.literal('number'), min: storableNumberSchema.optional(), max: storableNumberSchema.optional() }),
  z.strictObject({ ...common, kind: z.literal('date') }),
]);
export type ApplicationQuestion = z.infer<typeof applicationQuestionSchema>;
