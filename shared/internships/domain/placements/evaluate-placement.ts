import type { FieldProblem } from '../../../platform/errors/app-error.ts';
import type { ReviewRubric } from '../../../catalogue/domain/config/review-rubric-schema.ts';

/** Hosts score in whole points or halves, as experts do. */
const SCORE_STEP = 0.5;

/**
 * The programme's rubric for evaluating an internship of `stage`: the review rubric written for
 * that stage (ПроКадры's `regional-internship-evaluation`, `federal-internship-evaluation`), or
 * none, in which case the host reports attendance and a report without scores.
 */
export const evaluationRubricFor = (rubrics: readonly ReviewRubric[], stage: string): ReviewRubric | undefined =>
  rubrics.find((rubric) => rubric.stage === stage);

const problem = (criterion: string, code: string, ru: string, en: string): FieldProblem => ({
  field: `body.scores.${criterion}`,
  code,
  message: { ru, en },
});

/** Every reason the scores do not fit the rubric: each criterion scored on its scale in half points, nothing else. */
export const evaluationProblems = (rubric: ReviewRubric | undefined, scores: Readonly<Record<string, number>>): FieldProblem[] => {
  if (rubric === undefined) {
    return Object.keys(scores).map((id) =>
      problem(id, 'unknown-criterion', 'Для этого этапа нет рубрики оценки', 'The stage has no evaluation rubric'),
    );
  }
  const { min, max } = rubric.scale;
  const problems: FieldProblem[] = [];
  for (const criterion of rubric.criteria) {
    const score = Object.hasOwn(scores, criterion.id) ? scores[criterion.id] : undefined;
    if (score === undefined) {
      problems.push(problem(criterion.id, 'missing-criterion', 'Нет оценки по критерию', 'No score for the criterion'));
    } else if (!(score >= min && score <= max) || !Number.isInteger(score / SCORE_STEP)) {
      problems.push(
        problem(
          criterion.id,
          'off-scale',
          `Оценка от ${min} до ${max}, целая или с половиной`,
          `A score from ${min} to ${max}, whole or a half`,
        ),
      );
    }
  }
  const known = new Set(rubric.criteria.map((criterion) => criterion.id));
  for (const id of Object.keys(scores)) {
    if (!known.has(id))
      problems.push(problem(id, 'unknown-criterion', 'В рубрике нет такого критерия', 'The rubric has no such criterion'));
  }
  return problems;
};

/** Σ weight × score / 100 over the rubric's criteria (weights sum to 100), to hundredths; 0 without a rubric. */
export const weightedEvaluation = (rubric: ReviewRubric | undefined, scores: Readonly<Record<string, number>>): number => {
  if (rubric === undefined) return 0;
  // Whole weights times half points sum exactly in hundredths, so rounding the sum leaves no binary error.
  const hundredths = rubric.criteria.reduce((sum, criterion) => sum + criterion.weight * (scores[criterion.id] ?? 0), 0);
  return Math.round(hundredths) / 100 + 0;
};
