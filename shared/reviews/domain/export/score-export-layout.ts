import { MAX_REVIEWERS, type ReviewRubric } from '../../../catalogue/domain/config/review-rubric-schema.ts';
import type { ScoreExportLayout } from '../../score-export-schema.ts';

/**
 * The columns of an export of `rubrics`. Reviewers get MAX_REVIEWERS slots, the most one
 * application can have on a rubric, so no row ever has more reviewers than the header names; each
 * slot has a column per criterion of every rubric exported (a rubric's row leaves the others empty).
 */
export const scoreExportLayout = (rubrics: readonly ReviewRubric[]): ScoreExportLayout => ({
  rubrics: rubrics.map((rubric) => ({
    id: rubric.id,
    name: rubric.name.ru,
    stage: rubric.stage,
    criteria: rubric.criteria.map((criterion) => criterion.id),
  })),
  criteria: [...new Set(rubrics.flatMap((rubric) => rubric.criteria.map((criterion) => criterion.id)))],
  reviewerSlots: MAX_REVIEWERS,
});

const ROW_COLUMNS = [
  'application_id',
  'stage',
  'track',
  'rubric_id',
  'rubric_name',
  'rubric_stage',
  'status',
  'reviews_assigned',
  'reviews_submitted',
  'score',
  'method',
  'spread',
  'disagreement',
  'extra_reviewer_wanted',
  'passed',
] as const;

/** Reviewer n's columns: who (the expert's id, never a name), how far the review is, its weighted score and each criterion. */
const reviewerColumns = (slot: number, criteria: readonly string[]): string[] => [
  `reviewer_${slot}`,
  `reviewer_${slot}_status`,
  `reviewer_${slot}_weighted_score`,
  ...criteria.map((criterion) => `reviewer_${slot}_${criterion}`),
];

export const scoreExportHeader = (layout: ScoreExportLayout): string[] => [
  ...ROW_COLUMNS,
  ...Array.from({ length: layout.reviewerSlots }, (_, index) => reviewerColumns(index + 1, layout.criteria)).flat(),
];
