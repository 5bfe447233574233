import assert from 'node:assert/strict';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import {
  checkScores,
  roundScore,
  type ScoreProblem,
  type ScoringRubric,
  weightedScore,
} from '../../../../shared/reviews/domain/scoring/weighted-score.ts';

const rubric: ScoringRubric = {
  scale: { min: 0, max: 10 },
  criteria: [
    { id: 'motivation', weight: 40 },
    { id: 'project', weight: 35 },
    { id: 'team', weight: 25 },
  ],
};

const codes = (problems: readonly ScoreProblem[]): string[] => problems.map((problem) => `${problem.field} ${problem.code}`);

/** A scale as the rubric schema allows: whole numbers, 0 ≤ min < max ≤ 100. */
const scaleArbitrary = fc.integer({ min: 0, max: 99 }).chain((min) => fc.integer({ min: min + 1, max: 100 }).map((max) => ({ min, max })));

/** 1 to 20 criteria whose whole weights sum to 100: the cut points of 100 into parts. */
const criteriaArbitrary = fc.uniqueArray(fc.integer({ min: 1, max: 99 }), { maxLength: 19 }).map((cuts) => {
  const bounds = [0, ...cuts.toSorted((a, b) => a - b), 100];
  return bounds.slice(1).map((bound, index) => ({ id: `criterion-${index}`, weight: bound - bounds[index]! }));
});

const rubricArbitrary = fc.record({ scale: scaleArbitrary, criteria: criteriaArbitrary });

/** A rubric and a score in whole points or halves for each of its criteria. */
const scoredArbitrary = rubricArbitrary.chain((drawn) =>
  fc
    .array(fc.integer({ min: drawn.scale.min * 2, max: drawn.scale.max * 2 }), {
      minLength: drawn.criteria.length,
      maxLength: drawn.criteria.length,
    })
    .map((halves) => ({
      rubric: drawn,
      scores: Object.fromEntries(drawn.criteria.map((criterion, index) => [criterion.id, halves[index]! / 2])),
    })),
);

const everyCriterion = (drawn: ScoringRubric, score: number): Record<string, number> =>
  Object.fromEntries(drawn.criteria.map((criterion) => [criterion.id, score]));

describe('weighted score', () => {
  it('weighs each criterion by its percentage: 40 × 8 + 35 × 6.5 + 25 × 9 = 772.5 hundredths, 7.73 rounded half up', () => {
    assert.equal(weightedScore(rubric.criteria, { motivation: 8, project: 6.5, team: 9 }), 7.73);
    assert.equal(weightedScore(rubric.criteria, { motivation: 10, project: 0, team: 0 }), 4);
    assert.equal(weightedScore(rubric.criteria, { motivation: 7, project: 7, team: 7 }), 7);
  });

  it('refuses to weigh scores that miss a criterion rather than count it as zero', () => {
    assert.throws(() => weightedScore(rubric.criteria, { motivation: 8, project: 6 }), /team/);
    assert.throws(() => weightedScore([{ id: 'toString', weight: 100 }], {}), /toString/);
  });

  it('gives the scale maximum when every criterion is at the maximum, and the minimum at the minimum', () => {
    fc.assert(
      fc.property(rubricArbitrary, (drawn) => {
        assert.equal(weightedScore(drawn.criteria, everyCriterion(drawn, drawn.scale.max)), drawn.scale.max);
        assert.equal(weightedScore(drawn.criteria, everyCriterion(drawn, drawn.scale.min)), drawn.scale.min);
      }),
    );
  });

  it('stays between the lowest and highest criterion score, in hundredths, within half a hundredth of the exact value', () => {
    fc.assert(
      fc.property(scoredArbitrary, ({ rubric: drawn, scores }) => {
        const result = weightedScore(drawn.criteria, scores);
        const given = Object.values(scores);
        assert.ok(result >= Math.min(...given) && result <= Math.max(...given), `${result} outside the scores given`);
        assert.equal(result, Math.round(result * 100) / 100);
        const exact = drawn.criteria.reduce((sum, criterion) => sum + criterion.weight * scores[criterion.id]!, 0) / 100;
        assert.ok(Math.abs(result - exact) <= 0.005 + 1e-9, `${result} vs exact ${exact}`);
      }),
    );
  });
});

describe('rounding scores', () => {
  it('rounds to hundredths half up, as a person would from the decimal value', () => {
    assert.equal(roundScore(7.125), 7.13);
    assert.equal(roundScore(1.005), 1.01);
    assert.equal(roundScore(2.675), 2.68);
    assert.equal(roundScore(8.166666), 8.17);
    assert.equal(roundScore(0.1 + 0.2), 0.3);
    assert.ok(Object.is(roundScore(-0.001), 0), 'no negative zero');
  });
});

describe('checking scores', () => {
  it('accepts a score for every criterion on the scale in whole points or halves', () => {
    assert.deepEqual(checkScores(rubric, { motivation: 0, project: 6.5, team: 10 }), []);
  });

  it('names each criterion at fault by its field', () => {
    assert.deepEqual(codes(checkScores(rubric, { motivation: 11, project: 6.3, extra: 5 })), [
      'scores.motivation off-scale',
      'scores.project not-a-step',
      'scores.team missing-criterion',
      'scores.extra unknown-criterion',
    ]);
  });

  it('reports a score both off the scale and between steps twice, and anything not a number as off the scale', () => {
    assert.deepEqual(codes(checkScores(rubric, { motivation: -0.25, project: Number.NaN, team: Number.POSITIVE_INFINITY })), [
      'scores.motivation off-scale',
      'scores.motivation not-a-step',
      'scores.project off-scale',
      'scores.team off-scale',
    ]);
  });

  it('does not take inherited properties for scores', () => {
    assert.deepEqual(codes(checkScores({ scale: rubric.scale, criteria: [{ id: 'constructor', weight: 100 }] }, {})), [
      'scores.constructor missing-criterion',
    ]);
  });

  it('explains each problem in Russian and English', () => {
    const [offScale] = checkScores(rubric, { motivation: 12, project: 5, team: 5 });
    assert.deepEqual(offScale, {
      field: 'scores.motivation',
      code: 'off-scale',
      message: { ru: 'Оценка должна быть от 0 до 10', en: 'The score must lie between 0 and 10' },
    });
    for (const problem of checkScores(rubric, { motivation: 0.3, extra: 1 })) {
      assert.ok(problem.message.ru.length > 0 && problem.message.en.length > 0);
      assert.notEqual(problem.message.ru, problem.message.en);
    }
  });

  it('finds nothing wrong with whole or half scores on the scale, for any rubric', () => {
    fc.assert(fc.property(scoredArbitrary, ({ rubric: drawn, scores }) => assert.deepEqual(checkScores(drawn, scores), [])));
  });

  it('finds a score between steps, wherever it is on the scale', () => {
    fc.assert(
      fc.property(scoredArbitrary, fc.integer({ min: 1, max: 49 }), ({ rubric: drawn, scores }, hundredths) => {
        const [first] = drawn.criteria;
        const base = scores[first!.id]!;
        const shifted = base + (base < drawn.scale.max ? hundredths / 100 : -hundredths / 100);
        assert.deepEqual(codes(checkScores(drawn, { ...scores, [first!.id]: shifted })), [`scores.${first!.id} not-a-step`]);
      }),
    );
  });
});
