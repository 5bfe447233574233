import * as z from 'zod';
import { localIdSchema } from '../../../platform/identifiers/identifiers.ts';
import { descriptionSchema, nameSchema } from './localised-text.ts';
import { storableNumberSchema } from './storable-number.ts';

/**
 * How experts score at a stage (project evaluation, interview). Criterion weights are percentages
 * summing to 100, so a weighted score stays on the rubric's own scale.
 */
export const reviewRubricSchema = z
  .strictObject({
    id: localIdSchema,
    name: nameSchema,
    stage: localIdSchema,
    scale: z.strictObject({ min: z.int().min(0), max: z.int().min(1).max(100) }).refine((scale) => scale.min < scale.max, {
      path: ['max'],
      message: 'max must exceed min',
      params: {
        code: 'scale-inverted',
        message: { ru: 'Верх шкалы должен быть больше низа', en: 'The scale maximum must exceed its minimum' },
      },
    }),
    criteria: z
      .array(
        z.strictObject({
          id: localIdSchema,
          name: nameSchema,
          description: descriptionSchema.optional(),
          weight: z.int().min(1).max(100),
        }),
      )
      .min(1)
      .max(20),
    /** Weighted score at or above which the stage is passed; absent means staff decide. */
    passingScore: storableNumberSchema.min(0).optional(),
  })
  .superRefine((rubric, ctx) => {
    const total = rubric.criteria.reduce((sum, criterion) => sum + criterion.weight, 0);
    if (total !== 100) {
      ctx.addIssue({
        code: 'custom',
        path: ['criteria'],
        message: `Criterion weights must sum to 100 (now ${total})`,
        params: {
          code: 'weights-not-100',
          message: {
            ru: `Сумма весов критериев должна быть 100 (сейчас ${total})`,
            en: `Criterion weights must sum to 100 (now ${total})`,
          },
        },
      });
    }
    if (rubric.passingScore !== undefined && (rubric.passingScore < rubric.scale.min || rubric.passingScore > rubric.scale.max)) {
      ctx.addIssue({
        code: 'custom',
        path: ['passingScore'],
        message: 'The passing score must lie on the scale',
        params: {
          code: 'passing-score-off-scale',
          message: { ru: 'Проходной балл вне шкалы', en: 'The passing score must lie on the scale' },
        },
      });
    }
  });
export type ReviewRubric = z.infer<typeof reviewRubricSchema>;
