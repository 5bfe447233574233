import assert from 'node:assert/strict';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { type Aggregate, aggregateScores } from '../../../../shared/reviews/domain/aggregation/aggregate-scores.ts';
import { AGGREGATION_METHODS, type AggregationMethod } from '../../../../shared/catalogue/domain/config/review-rubric-schema.ts';
import { reviewerStatistics, type ScoredReview } from '../../../../shared/reviews/domain/aggregation/expert-statistics.ts';
import { roundScore, type ScoreScale } from '../../../../shared/reviews/domain/scoring/weighted-score.ts';

const RAW_METHODS = ['mean', 'median', 'trimmed-mean'] as const;

const scaleArbitrary = fc.integer({ min: 0, max: 99 }).chain((min) => fc.integer({ min: min + 1, max: 100 }).map((max) => ({ min, max })));

/** A weighted score as stored: hundredths, on the scale. */
const scoreOn = (scale: ScoreScale) => fc.integer({ min: scale.min * 100, max: scale.max * 100 }).map((hundredths) => hundredths / 100);

/** Reviews by a handful of experts, often tied at the ends of the scale. */
const reviewsOn = (scale: ScoreScale, minLength = 1) =>
  fc.array(
    fc.record({
      expertId: fc.constantFrom('ann', 'bob', 'cat', 'dan', 'eve', 'fay'),
      score: fc.oneof(scoreOn(scale), fc.constantFrom(scale.min, scale.max)),
    }),
    {
      minLength,
      maxLength: 12,
    },
  );

/**
 * A scale, one application's reviews, and the pool they belong to: the application's reviews plus
 * the same experts' reviews of other applications, enough for most experts to be normalised.
 */
const caseArbitrary = scaleArbitrary.chain((scale) =>
  fc.record({
    scale: fc.constant(scale),
    reviews: reviewsOn(scale),
    others: reviewsOn(scale, 0),
    trimPercent: fc.integer({ min: 0, max: 50 }),
  }),
);

interface Case {
  readonly scale: ScoreScale;
  readonly reviews: readonly ScoredReview[];
  readonly others: readonly ScoredReview[];
  readonly trimPercent: number;
}

const aggregateOf = (method: AggregationMethod, drawn: Case, reviews = drawn.reviews): Aggregate =>
  aggregateScores({
    method,
    scale: drawn.scale,
    reviews,
    expertStats: reviewerStatistics([...drawn.reviews, ...drawn.others]),
    trimFraction: drawn.trimPercent / 100,
  });

/** The explanation's entries regardless of order. */
const entries = (aggregate: Aggregate): string[] => aggregate.explanation.perReview.map((review) => JSON.stringify(review)).sort();

describe('aggregation properties', () => {
  it('mean, median and trimmed mean lie between the lowest and highest raw score', () => {
    fc.assert(
      fc.property(caseArbitrary, fc.constantFrom(...RAW_METHODS), (drawn, method) => {
        const raws = drawn.reviews.map((review) => review.score);
        const { score } = aggregateOf(method, drawn);
        assert.ok(score >= Math.min(...raws) && score <= Math.max(...raws), `${method} ${score} outside ${raws}`);
      }),
    );
  });

  it('z-score keeps every value used, and the score, on the scale', () => {
    fc.assert(
      fc.property(caseArbitrary, (drawn) => {
        const aggregate = aggregateOf('z-score', drawn);
        for (const value of [aggregate.score, ...aggregate.explanation.perReview.map((review) => review.used)]) {
          assert.ok(value >= drawn.scale.min && value <= drawn.scale.max, `${value} off ${drawn.scale.min}..${drawn.scale.max}`);
        }
      }),
    );
  });

  it('every method gives a score in hundredths', () => {
    fc.assert(
      fc.property(caseArbitrary, fc.constantFrom(...AGGREGATION_METHODS), (drawn, method) => {
        const { score } = aggregateOf(method, drawn);
        assert.equal(score, roundScore(score));
      }),
    );
  });

  it('the order the reviews come in changes nothing', () => {
    const permuted = caseArbitrary.chain((drawn) =>
      fc.tuple(
        fc.constant(drawn),
        fc.shuffledSubarray(drawn.reviews, { minLength: drawn.reviews.length, maxLength: drawn.reviews.length }),
      ),
    );
    fc.assert(
      fc.property(permuted, fc.constantFrom(...AGGREGATION_METHODS), ([drawn, shuffled], method) => {
        const inOrder = aggregateOf(method, drawn);
        const reordered = aggregateOf(method, drawn, shuffled);
        assert.deepEqual({ ...reordered, explanation: undefined }, { ...inOrder, explanation: undefined });
        assert.deepEqual(entries(reordered), entries(inOrder));
      }),
    );
  });

  it('identical scores aggregate to that score', () => {
    fc.assert(
      fc.property(
        scaleArbitrary.chain((scale) => fc.tuple(fc.constant(scale), scoreOn(scale), fc.integer({ min: 1, max: 12 }))),
        fc.constantFrom(...RAW_METHODS),
        ([scale, score, count], method) => {
          const reviews = Array.from({ length: count }, (_, index) => ({ expertId: `expert-${index}`, score }));
          assert.equal(aggregateScores({ method, scale, reviews }).score, score);
        },
      ),
    );
  });

  it('the trimmed mean with nothing trimmed is the mean', () => {
    fc.assert(
      fc.property(caseArbitrary, (drawn) => {
        const trimmed = aggregateOf('trimmed-mean', { ...drawn, trimPercent: 0 });
        assert.equal(trimmed.score, aggregateOf('mean', drawn).score);
        assert.ok(trimmed.explanation.perReview.every((review) => !review.dropped));
      }),
    );
  });

  it('the trimmed mean drops as many at each end as the fraction says, keeping at least one', () => {
    fc.assert(
      fc.property(caseArbitrary, (drawn) => {
        const n = drawn.reviews.length;
        const perEnd = Math.min(Math.floor((n * drawn.trimPercent) / 100), Math.floor((n - 1) / 2));
        const aggregate = aggregateOf('trimmed-mean', drawn);
        const kept = aggregate.explanation.perReview.filter((review) => !review.dropped);
        assert.equal(n - kept.length, 2 * perEnd);
        assert.ok(kept.length >= 1);
        const keptScores = kept.map((review) => review.raw);
        const droppedScores = aggregate.explanation.perReview.filter((review) => review.dropped).map((review) => review.raw);
        const [low, high] = [Math.min(...keptScores), Math.max(...keptScores)];
        assert.ok(
          droppedScores.every((score) => score <= low || score >= high),
          'only extremes are dropped',
        );
      }),
    );
  });

  it('the median of an odd number of reviews is one of them', () => {
    fc.assert(
      fc.property(
        caseArbitrary.filter((drawn) => drawn.reviews.length % 2 === 1),
        (drawn) => {
          const { score } = aggregateOf('median', drawn);
          assert.ok(drawn.reviews.some((review) => review.score === score));
        },
      ),
    );
  });

  it('disagreement is exactly a spread above the threshold, the spread being highest minus lowest raw score', () => {
    fc.assert(
      fc.property(
        caseArbitrary,
        fc.constantFrom(...AGGREGATION_METHODS),
        fc.integer({ min: 0, max: 10_000 }),
        (drawn, method, threshold) => {
          const disagreementThreshold = threshold / 100;
          const aggregate = aggregateScores({
            method,
            scale: drawn.scale,
            reviews: drawn.reviews,
            expertStats: reviewerStatistics(drawn.reviews),
            disagreementThreshold,
          });
          const raws = drawn.reviews.map((review) => review.score);
          assert.equal(aggregate.spread, roundScore(Math.max(...raws) - Math.min(...raws)));
          assert.equal(aggregate.disagreement, aggregate.spread > disagreementThreshold);
        },
      ),
    );
  });

  it('passing is exactly reaching the passing score', () => {
    fc.assert(
      fc.property(caseArbitrary, fc.constantFrom(...AGGREGATION_METHODS), (drawn, method) => {
        const passingScore = (drawn.scale.min + drawn.scale.max) / 2;
        const aggregate = aggregateScores({
          method,
          scale: drawn.scale,
          reviews: drawn.reviews,
          expertStats: reviewerStatistics(drawn.reviews),
          passingScore,
        });
        assert.equal(aggregate.passed, aggregate.score >= passingScore);
      }),
    );
  });
});

describe('z-score against strict and lenient experts', () => {
  /**
   * Applications of distinct merit (hundredths on 0..10, leaving room for the offset), each reviewed
   * by a strict expert at its merit and a lenient one at its merit plus a constant: the same
   * ranking, shifted.
   */
  const panelArbitrary = fc.integer({ min: 1, max: 400 }).chain((offset) =>
    fc.tuple(
      fc.constant(offset / 100),
      fc
        .uniqueArray(fc.integer({ min: 0, max: 1000 - offset }), { minLength: 3, maxLength: 10 })
        .map((merits) => merits.map((merit) => merit / 100)),
    ),
  );
  const scale = { min: 0, max: 10 };

  const poolOf = (offset: number, merits: readonly number[]): ScoredReview[] => [
    ...merits.map((merit) => ({ expertId: 'strict', score: merit })),
    ...merits.map((merit) => ({ expertId: 'lenient', score: roundScore(merit + offset) })),
  ];

  it('gives an application the same normalised value whether the strict or the lenient expert reviewed it', () => {
    fc.assert(
      fc.property(panelArbitrary, ([offset, merits]) => {
        const expertStats = reviewerStatistics(poolOf(offset, merits));
        for (const merit of merits) {
          const byStrict = aggregateScores({ method: 'z-score', scale, reviews: [{ expertId: 'strict', score: merit }], expertStats });
          const byLenient = aggregateScores({
            method: 'z-score',
            scale,
            reviews: [{ expertId: 'lenient', score: roundScore(merit + offset) }],
            expertStats,
          });
          assert.equal(byStrict.explanation.normalisation, 'z-score');
          assert.ok(Math.abs(byStrict.score - byLenient.score) <= 0.01 + 1e-9, `${byStrict.score} vs ${byLenient.score}`);
        }
      }),
    );
  });

  it('lets the strict expert’s favourite beat the lenient expert’s least favourite whenever its merit is higher', () => {
    fc.assert(
      fc.property(panelArbitrary, ([offset, merits]) => {
        const expertStats = reviewerStatistics(poolOf(offset, merits));
        const best = Math.max(...merits);
        const worst = Math.min(...merits);
        const strictBest = aggregateScores({ method: 'z-score', scale, reviews: [{ expertId: 'strict', score: best }], expertStats });
        const lenientWorst = aggregateScores({
          method: 'z-score',
          scale,
          reviews: [{ expertId: 'lenient', score: roundScore(worst + offset) }],
          expertStats,
        });
        assert.ok(strictBest.score > lenientWorst.score, `${strictBest.score} ≤ ${lenientWorst.score}`);
      }),
    );
  });
});
