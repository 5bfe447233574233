import * as z from 'zod';
import { localIdSchema } from '../../../platform/identifiers/identifiers.ts';
import { descriptionSchema, nameSchema } from './localised-text.ts';
import { storableNumberSchema } from './storable-number.ts';

/** The most experts one application may have on one rubric, an extra reviewer included. */
export const MAX_REVIEWERS = 10;

/**
 * How the experts' weighted scores of one application become its score (reviews/domain/aggregation):
 * - `mean`: every review counts the same;
 * - `median`: the middle review (the mean of the middle two), so one extreme review moves nothing;
 * - `trimmed-mean`: the mean once the most extreme reviews at each end are dropped;
 * - `z-score`: each review re-expressed on the pool's mean and spread by how its expert scores
 *   everyone, so a strict expert and a lenient one weigh alike; then the mean.
 */
export const AGGREGATION_METHODS = ['mean', 'median', 'trimmed-mean', 'z-score'] as const;
export type AggregationMethod = (typeof AGGREGATION_METHODS)[number];

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
    /** Experts per application (`k`): two anonymous evaluators per candidate is the usual rule. */
    reviewers: z.int().min(1).max(MAX_REVIEWERS).default(2),
    /**
     * How the reviewers' weighted scores become the application's: `z-score` first normalises each
     * expert's scores over their own reviews, so that a strict expert does not sink an application.
     */
    aggregation: z.enum(AGGREGATION_METHODS).default('mean'),
    /** Spread (highest minus lowest weighted score) above which the reviewers are said to disagree; absent: never. */
    disagreementThreshold: storableNumberSchema.min(0).optional(),
    /** When reviewers disagree, one more expert is assigned automatically (once, up to MAX_REVIEWERS). */
    extraReviewerOnDisagreement: z.boolean().default(false),
    /** Competences (of the programme's `expertCompetences`) an expert needs at least one of; empty: any expert. */
    competences: z.array(localIdSchema).max(20).default([]),
    /**
     * What the expert sees. Never the person's name, birth date and contacts; the region and the
     * organisation or place of study (which identify people in small places) only when not hidden;
     * of the application's documents only the requirements listed (a résumé names its author, a
     * project description need not). Hidden, and no documents, unless the programme says otherwise.
     */
    blind: z
      // `documents` defaults on its own too: rubrics stored before it existed read as showing none.
      .strictObject({ hideRegion: z.boolean(), hideOrganisation: z.boolean(), documents: z.array(localIdSchema).max(20).default([]) })
      .default({ hideRegion: true, hideOrganisation: true, documents: [] }),
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
    if (rubric.disagreementThreshold !== undefined && rubric.disagreementThreshold > rubric.scale.max - rubric.scale.min) {
      ctx.addIssue({
        code: 'custom',
        path: ['disagreementThreshold'],
        message: 'The disagreement threshold must not exceed the width of the scale',
        params: {
          code: 'threshold-off-scale',
          message: { ru: 'Порог расхождения больше ширины шкалы', en: 'The disagreement threshold must not exceed the width of the scale' },
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
