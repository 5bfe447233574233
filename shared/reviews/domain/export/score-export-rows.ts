import type { RubricAggregate } from '../../aggregate-schema.ts';
import type { Review } from '../../review-schema.ts';
import type { ScoreExportLayout } from '../../score-export-schema.ts';
import type { CsvCell } from '../../../platform/text/csv-line.ts';

/** An application as the export lists it: what the season's index holds of it, never the person. */
export interface ExportedApplication {
  readonly id: string;
  readonly stage: string;
  readonly track?: string | undefined;
}

/**
 * Where a rubric stands for one application: `scored` once every review is in and the score is
 * stored; `awaiting-extra-reviewer` when the reviewers disagree and the rubric asks for one more;
 * `in-review` while reviews are still outstanding.
 */
const rowStatus = (aggregate: RubricAggregate | undefined): string => {
  if (aggregate === undefined) return 'in-review';
  return aggregate.extraReviewerWanted ? 'awaiting-extra-reviewer' : 'scored';
};

/** First assigned first, so the extra reviewer of a disagreement is the last slot filled. */
const byAssignment = (left: Review, right: Review): number =>
  left.assignedAt.localeCompare(right.assignedAt) || left.expertId.localeCompare(right.expertId);

/**
 * The rows of one application: one per rubric of the layout that has a review or a score. Cells
 * follow scoreExportHeader's order; a slot with no reviewer, or a criterion of another rubric, is empty.
 */
export const scoreExportRows = (
  layout: ScoreExportLayout,
  application: ExportedApplication,
  reviews: readonly Review[],
  aggregates: readonly RubricAggregate[],
): CsvCell[][] =>
  layout.rubrics.flatMap((rubric) => {
    const ofRubric = reviews.filter((review) => review.rubricId === rubric.id).sort(byAssignment);
    const aggregate = aggregates.find((candidate) => candidate.rubricId === rubric.id);
    if (ofRubric.length === 0 && aggregate === undefined) return [];
    const slots = Array.from({ length: layout.reviewerSlots }, (_, index): CsvCell[] => {
      const review = ofRubric[index];
      if (review === undefined) return Array.from({ length: 3 + layout.criteria.length }, () => undefined);
      return [
        review.expertId,
        review.status,
        review.weightedScore,
        ...layout.criteria.map((criterion) => (rubric.criteria.includes(criterion) ? review.scores[criterion] : undefined)),
      ];
    });
    return [
      [
        application.id,
        application.stage,
        application.track,
        rubric.id,
        rubric.name,
        rubric.stage,
        rowStatus(aggregate),
        ofRubric.length,
        ofRubric.filter((review) => review.status === 'submitted').length,
        aggregate?.score,
        aggregate?.method,
        aggregate?.spread,
        aggregate?.disagreement,
        aggregate?.extraReviewerWanted,
        aggregate?.passed,
        ...slots.flat(),
      ],
    ];
  });
