import type { FieldProblem } from '../../../platform/errors/app-error.ts';

/** A rubric's scale: whole numbers, `min < max`. */
export interface ScoreScale {
  readonly min: number;
  readonly max: number;
}

/** A rubric criterion as scoring needs it: weights are whole percentages summing to 100. */
export interface WeightedCriterion {
  readonly id: string;
  readonly weight: number;
}

/** The part of a rubric that scores are checked against; a `ReviewRubric` is one. */
export interface ScoringRubric {
  readonly scale: ScoreScale;
  readonly criteria: readonly WeightedCriterion[];
}

/** A per-criterion score an expert cannot submit, at `scores.<criterion id>`. */
export type ScoreProblem = FieldProblem;

/** Experts score in whole points or halves: finer steps pretend to a precision no one judges with. */
export const SCORE_STEP = 0.5;

/**
 * Rounds to hundredths, half up. Scores are stored and shown with two decimals, so every figure a
 * person sees (a weighted score, an aggregate, a spread) is rounded once here and anything derived
 * from it starts from the number shown. The product is taken to 15 significant digits first so that
 * a value meant as 7.125 but held as 7.12499999… rounds the way a person computing by hand would.
 */
export const roundScore = (value: number): number => Math.round(Number((value * 100).toPrecision(15))) / 100 + 0;

/**
 * Σ weight × score / 100: with weights summing to 100 the result stays on the rubric's scale (all
 * scores at the maximum give the maximum). Rounded to two decimals, as stored and shown. The scores
 * must have passed `checkScores`: a missing criterion is a programming error, not a zero.
 */
export const weightedScore = (criteria: readonly WeightedCriterion[], scores: Readonly<Record<string, number>>): number => {
  let hundredths = 0;
  for (const criterion of criteria) {
    const score = Object.hasOwn(scores, criterion.id) ? scores[criterion.id] : undefined;
    if (score === undefined) throw new Error(`No score for the criterion "${criterion.id}": check the scores before weighting them`);
    hundredths += criterion.weight * score;
  }
  // Whole weights times half-point scores sum exactly in hundredths of a point, so rounding that
  // sum (not the quotient) leaves no binary-fraction error to round the wrong way.
  return Math.round(hundredths) / 100 + 0;
};

const problem = (criterionId: string, code: string, ru: string, en: string): ScoreProblem => ({
  field: `scores.${criterionId}`,
  code,
  message: { ru, en },
});

/**
 * Every reason the scores cannot be submitted against the rubric: each criterion needs a score on
 * the scale in steps of `SCORE_STEP`, and no score may name a criterion the rubric lacks. Problems
 * come in the rubric's criterion order, then the unknown names in the order given.
 */
export const checkScores = (rubric: ScoringRubric, scores: Readonly<Record<string, number>>): ScoreProblem[] => {
  const { min, max } = rubric.scale;
  const problems: ScoreProblem[] = [];
  for (const criterion of rubric.criteria) {
    const score = Object.hasOwn(scores, criterion.id) ? scores[criterion.id] : undefined;
    if (score === undefined) {
      problems.push(
        problem(
          criterion.id,
          'missing-criterion',
          `Нет оценки по критерию «${criterion.id}»`,
          `No score for the criterion "${criterion.id}"`,
        ),
      );
      continue;
    }
    // Written so that NaN, which compares false with everything, is off the scale too.
    if (!(score >= min && score <= max)) {
      problems.push(
        problem(criterion.id, 'off-scale', `Оценка должна быть от ${min} до ${max}`, `The score must lie between ${min} and ${max}`),
      );
    }
    if (Number.isFinite(score) && !Number.isInteger(score / SCORE_STEP)) {
      problems.push(
        problem(
          criterion.id,
          'not-a-step',
          'Оценка должна быть целой или с половиной, например 7 или 7,5',
          'The score must be a whole number or a half, such as 7 or 7.5',
        ),
      );
    }
  }
  const known = new Set(rubric.criteria.map((criterion) => criterion.id));
  for (const id of Object.keys(scores)) {
    if (!known.has(id))
      problems.push(problem(id, 'unknown-criterion', `В рубрике нет критерия «${id}»`, `The rubric has no criterion "${id}"`));
  }
  return problems;
};
