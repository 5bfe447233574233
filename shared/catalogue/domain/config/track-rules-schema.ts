import * as z from 'zod';
import { BOOLEAN_FACTS, NUMBER_FACTS, TEXT_FACTS, type BooleanFact, type NumberFact, type TextFact } from './applicant-facts.ts';
import { localIdSchema } from '../../../platform/identifiers/identifiers.ts';
import { descriptionSchema, nameSchema, localisedTextSchema } from './localised-text.ts';
import { storableNumberSchema } from './storable-number.ts';

/**
 * A small declarative rule language over applicant facts. Rules are ordered; the first whose
 * condition holds assigns its track, and the rule's id and explanation are recorded so that the
 * applicant and staff can see why (the application shows them; staff may override with a reason).
 *
 * A rule's condition is bounded: at most MAX_CONDITION_DEPTH conditions deep (a fact is 1 deep,
 * `{ not: fact }` 2, `{ all: [{ any: [fact] }] }` 3) and at most MAX_CONDITIONS_PER_RULE
 * conditions in all (every `all`, `any`, `not` and fact counts one). The seed templates need 2
 * and 6. The depth bound keeps a programme storable: DynamoDB refuses an item nested more than
 * 32 levels, and the item already nests settings › trackRules › rule above the condition, each
 * `all`/`any` level then adding two (its list and the condition in it); 8 deep is at most 19
 * levels. Bodies deeper than any schema allows never get this far (`jsonBody` refuses nesting
 * past 64 levels), so the recursive schema never recurses deep enough to exhaust the stack.
 */
export type TrackCondition =
  | { readonly all: readonly TrackCondition[] }
  | { readonly any: readonly TrackCondition[] }
  | { readonly not: TrackCondition }
  | { readonly fact: BooleanFact; readonly is: boolean }
  | { readonly fact: NumberFact; readonly atLeast?: number | undefined; readonly atMost?: number | undefined }
  | { readonly fact: TextFact; readonly oneOf: readonly string[] }
  | { readonly always: true };

export const MAX_CONDITION_DEPTH = 8;
export const MAX_CONDITIONS_PER_RULE = 32;

/**
 * The conditions of an `all` or `any`. The rule's own count (programme validation,
 * `too-many-conditions`) is what bounds the list: a list and its members are at most
 * MAX_CONDITIONS_PER_RULE conditions, so maxItems only says so in the OpenAPI document.
 */
const conditionListSchema = () =>
  z
    .array(trackConditionSchema)
    .min(1)
    .meta({ maxItems: MAX_CONDITIONS_PER_RULE - 1 });

export const trackConditionSchema: z.ZodType<TrackCondition> = z.lazy(() =>
  z.union([
    z.strictObject({ all: conditionListSchema() }),
    z.strictObject({ any: conditionListSchema() }),
    z.strictObject({ not: trackConditionSchema }),
    z.strictObject({ fact: z.enum(BOOLEAN_FACTS), is: z.boolean() }),
    z
      .strictObject({ fact: z.enum(NUMBER_FACTS), atLeast: storableNumberSchema.optional(), atMost: storableNumberSchema.optional() })
      .refine((c) => c.atLeast !== undefined || c.atMost !== undefined, {
        message: 'A numeric condition needs atLeast or atMost',
        params: { code: 'empty-numeric-condition', message: { ru: 'Укажите atLeast или atMost', en: 'Give atLeast or atMost' } },
      }),
    z.strictObject({ fact: z.enum(TEXT_FACTS), oneOf: z.array(z.string().min(1).max(200)).min(1).max(100) }),
    z.strictObject({ always: z.literal(true) }),
  ]),
);

export const trackSchema = z.strictObject({
  id: localIdSchema,
  name: nameSchema,
  description: descriptionSchema.optional(),
  /** Internship levels open to the track; absent means every level the programme offers. */
  internshipLevels: z.array(localIdSchema).max(5).optional(),
});
export type Track = z.infer<typeof trackSchema>;

/** How deep a condition nests and how many conditions it holds, walked without recursion. */
export const conditionSize = (condition: TrackCondition): { readonly depth: number; readonly conditions: number } => {
  let depth = 0;
  let conditions = 0;
  const pending: [TrackCondition, number][] = [[condition, 1]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [current, level] = next;
    conditions += 1;
    depth = Math.max(depth, level);
    const inner = 'all' in current ? current.all : 'any' in current ? current.any : 'not' in current ? [current.not] : [];
    for (const child of inner) pending.push([child, level + 1]);
  }
  return { depth, conditions };
};

export const trackRuleSchema = z
  .strictObject({
    id: localIdSchema,
    track: localIdSchema,
    when: trackConditionSchema,
    /** Shown to the applicant next to the assigned track. */
    explanation: localisedTextSchema(500, { multiline: true }),
  })
  .superRefine((rule, ctx) => {
    const { depth, conditions } = conditionSize(rule.when);
    if (depth > MAX_CONDITION_DEPTH) {
      const ru = `Условие вложено на ${depth} уровней, допустимо не более ${MAX_CONDITION_DEPTH}`;
      const en = `The condition nests ${depth} levels deep; at most ${MAX_CONDITION_DEPTH} are allowed`;
      ctx.addIssue({ code: 'custom', path: ['when'], message: en, params: { code: 'too-deeply-nested', message: { ru, en } } });
    }
    if (conditions > MAX_CONDITIONS_PER_RULE) {
      const ru = `В условии ${conditions} условий, допустимо не более ${MAX_CONDITIONS_PER_RULE}`;
      const en = `The condition holds ${conditions} conditions; at most ${MAX_CONDITIONS_PER_RULE} are allowed`;
      ctx.addIssue({ code: 'custom', path: ['when'], message: en, params: { code: 'too-many-conditions', message: { ru, en } } });
    }
  });
export type TrackRule = z.infer<typeof trackRuleSchema>;
