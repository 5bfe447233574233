import * as z from 'zod';
import { BOOLEAN_FACTS, NUMBER_FACTS, TEXT_FACTS, type BooleanFact, type NumberFact, type TextFact } from './applicant-facts.ts';
import { localIdSchema } from '../../../platform/identifiers/identifiers.ts';
import { descriptionSchema, nameSchema, localisedTextSchema } from './localised-text.ts';
import { storableNumberSchema } from './storable-number.ts';

/**
 * A small declarative rule language over applicant facts. Rules are ordered; the first whose
 * condition holds assigns its track, and the rule's id and explanation are recorded so that the
 * applicant and staff can see why (the application shows them; staff may override with a reason).
 */
export type TrackCondition =
  | { readonly all: readonly TrackCondition[] }
  | { readonly any: readonly TrackCondition[] }
  | { readonly not: TrackCondition }
  | { readonly fact: BooleanFact; readonly is: boolean }
  | { readonly fact: NumberFact; readonly atLeast?: number | undefined; readonly atMost?: number | undefined }
  | { readonly fact: TextFact; readonly oneOf: readonly string[] }
  | { readonly always: true };

export const trackConditionSchema: z.ZodType<TrackCondition> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(trackConditionSchema).min(1) }),
    z.strictObject({ any: z.array(trackConditionSchema).min(1) }),
    z.strictObject({ not: trackConditionSchema }),
    z.strictObject({ fact: z.enum(BOOLEAN_FACTS), is: z.boolean() }),
    z
      .strictObject({ fact: z.enum(NUMBER_FACTS), atLeast: storableNumberSchema.optional(), atMost: storableNumberSchema.optional() })
      .refine((c) => c.atLeast !== undefined || c.atMost !== undefined, {
        message: 'A numeric condition needs atLeast or atMost',
        params: { code: 'empty-numeric-condition', message: { ru: 'Укажите atLeast или atMost', en: 'Give atLeast or atMost' } },
      }),
    z.strictObject({ fact: z.enum(TEXT_FACTS), oneOf: z.array(z.string().min(1)).min(1) }),
    z.strictObject({ always: z.literal(true) }),
  ]),
);

export const trackSchema = z.strictObject({
  id: localIdSchema,
  name: nameSchema,
  description: descriptionSchema.optional(),
  /** Internship levels open to the track; absent means every level the programme offers. */
  internshipLevels: z.array(localIdSchema).optional(),
});
export type Track = z.infer<typeof trackSchema>;

export const trackRuleSchema = z.strictObject({
  id: localIdSchema,
  track: localIdSchema,
  when: trackConditionSchema,
  /** Shown to the applicant next to the assigned track. */
  explanation: localisedTextSchema(500, { multiline: true }),
});
export type TrackRule = z.infer<typeof trackRuleSchema>;
