import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { type Aggregate, aggregateScores } from '../../../../shared/reviews/domain/aggregation/aggregate-scores.ts';
import { type ReviewerStatistics, reviewerStatistics } from '../../../../shared/reviews/domain/aggregation/expert-statistics.ts';

const scale = { min: 0, max: 10 };

const reviewsOf = (...scores: readonly number[]) => scores.map((score, index) => ({ expertId: `expert-${index + 1}`, score }));

const dropped = (aggregate: Aggregate): string[] =>
  aggregate.explanation.perReview.filter((review) => review.dropped).map((review) => review.expertId);

describe('aggregating scores: mean, median, trimmed mean', () => {
  it('takes the plain mean: (7 + 8 + 9.5) / 3 = 8.1666… → 8.17', () => {
    const aggregate = aggregateScores({ method: 'mean', scale, reviews: reviewsOf(7, 8, 9.5) });
    assert.deepEqual(aggregate, {
      method: 'mean',
      score: 8.17,
      reviewCount: 3,
      spread: 2.5,
      disagreement: false,
      explanation: {
        method: 'mean',
        perReview: [
          { expertId: 'expert-1', raw: 7, used: 7, dropped: false },
          { expertId: 'expert-2', raw: 8, used: 8, dropped: false },
          { expertId: 'expert-3', raw: 9.5, used: 9.5, dropped: false },
        ],
      },
    });
  });

  it('takes the middle review, or the mean of the middle two', () => {
    assert.equal(aggregateScores({ method: 'median', scale, reviews: reviewsOf(3, 9, 4) }).score, 4);
    assert.equal(aggregateScores({ method: 'median', scale, reviews: reviewsOf(6, 9, 7, 8) }).score, 7.5);
    assert.equal(aggregateScores({ method: 'median', scale, reviews: reviewsOf(6.25, 9, 6.5, 1) }).score, 6.38);
  });

  it('drops floor(5 × 0.2) = 1 review at each end: (7 + 7.5 + 8) / 3 = 7.5', () => {
    const aggregate = aggregateScores({ method: 'trimmed-mean', scale, reviews: reviewsOf(10, 7, 2, 8, 7.5) });
    assert.equal(aggregate.score, 7.5);
    assert.deepEqual(dropped(aggregate), ['expert-1', 'expert-3']);
    assert.equal(aggregate.spread, 8);
  });

  it('drops nothing where floor(n × fraction) is 0, and never the last review standing', () => {
    const four = aggregateScores({ method: 'trimmed-mean', scale, reviews: reviewsOf(1, 5, 6, 10) });
    assert.deepEqual(dropped(four), []);
    assert.equal(four.score, 5.5);
    const halved = aggregateScores({ method: 'trimmed-mean', scale, reviews: reviewsOf(1, 10), trimFraction: 0.5 });
    assert.deepEqual(dropped(halved), []);
    const three = aggregateScores({ method: 'trimmed-mean', scale, reviews: reviewsOf(1, 4, 10), trimFraction: 0.5 });
    assert.deepEqual(dropped(three), ['expert-1', 'expert-3']);
    assert.equal(three.score, 4);
  });

  it('drops floor(100 × 0.29) = 29 at each end, though 100 × 0.29 is held as 28.999…', () => {
    const aggregate = aggregateScores({
      method: 'trimmed-mean',
      scale,
      reviews: reviewsOf(...Array.from({ length: 100 }, (_, index) => index / 10)),
      trimFraction: 0.29,
    });
    assert.equal(dropped(aggregate).length, 58);
  });

  it('marks the same one of two equal reviews dropped whatever order they come in', () => {
    const reviews = [
      { expertId: 'b', score: 2 },
      { expertId: 'a', score: 2 },
      { expertId: 'c', score: 5 },
      { expertId: 'd', score: 6 },
      { expertId: 'e', score: 9 },
    ];
    assert.deepEqual(dropped(aggregateScores({ method: 'trimmed-mean', scale, reviews })), ['a', 'e']);
    assert.deepEqual(dropped(aggregateScores({ method: 'trimmed-mean', scale, reviews: reviews.toReversed() })), ['e', 'a']);
  });

  it('refuses a trim fraction outside 0 to 0.5', () => {
    for (const trimFraction of [-0.1, 0.6, Number.NaN]) {
      assert.throws(() => aggregateScores({ method: 'trimmed-mean', scale, reviews: reviewsOf(1, 2, 3), trimFraction }), RangeError);
    }
  });
});

describe('aggregating scores: disagreement and passing', () => {
  it('flags disagreement when the spread of raw scores exceeds the threshold, not when it equals it', () => {
    const reviews = reviewsOf(4.5, 7, 7.5);
    assert.equal(aggregateScores({ method: 'mean', scale, reviews, disagreementThreshold: 2.99 }).disagreement, true);
    assert.equal(aggregateScores({ method: 'mean', scale, reviews, disagreementThreshold: 3 }).disagreement, false);
    assert.equal(aggregateScores({ method: 'mean', scale, reviews }).disagreement, false);
  });

  it('measures the spread in hundredths, free of binary-fraction noise', () => {
    assert.equal(aggregateScores({ method: 'mean', scale, reviews: reviewsOf(0.1, 0.4) }).spread, 0.3);
  });

  it('says whether the score reaches the passing score only when there is one', () => {
    const reviews = reviewsOf(6, 7);
    assert.equal(aggregateScores({ method: 'mean', scale, reviews, passingScore: 6.5 }).passed, true);
    assert.equal(aggregateScores({ method: 'mean', scale, reviews, passingScore: 6.51 }).passed, false);
    assert.equal('passed' in aggregateScores({ method: 'mean', scale, reviews }), false);
  });

  it('throws on no reviews: the caller never aggregates nothing', () => {
    assert.throws(() => aggregateScores({ method: 'mean', scale, reviews: [] }), /no reviews/);
  });

  it('keeps the score on the scale even when a raw score is not', () => {
    assert.equal(aggregateScores({ method: 'mean', scale, reviews: reviewsOf(10, 12) }).score, 10);
  });
});

describe('aggregating scores: z-score', () => {
  // A strict expert and a lenient one each reviewed three applications, in the same order of merit.
  // Each: sd √(2/3); pool of six: mean 6.5, sd √(35/12). A review is ±1 expert-sd from its expert's
  // mean → 6.5 ± √(35/12) / √(2/3) = 6.5 ± √(35/8) = 6.5 ± 2.0917.
  const pool = [
    { expertId: 'strict', score: 4 },
    { expertId: 'strict', score: 5 },
    { expertId: 'strict', score: 6 },
    { expertId: 'lenient', score: 7 },
    { expertId: 'lenient', score: 8 },
    { expertId: 'lenient', score: 9 },
  ];
  const expertStats = reviewerStatistics(pool);

  it('ranks the strict expert’s best above the lenient expert’s worst, which the mean does the other way round', () => {
    const strictBest = [{ expertId: 'strict', score: 6 }];
    const lenientWorst = [{ expertId: 'lenient', score: 7 }];
    assert.equal(aggregateScores({ method: 'z-score', scale, reviews: strictBest, expertStats }).score, 8.59);
    assert.equal(aggregateScores({ method: 'z-score', scale, reviews: lenientWorst, expertStats }).score, 4.41);
    assert.equal(aggregateScores({ method: 'mean', scale, reviews: strictBest }).score, 6);
    assert.equal(aggregateScores({ method: 'mean', scale, reviews: lenientWorst }).score, 7);
  });

  it('shows each review’s normalised value and measures disagreement on the raw ones', () => {
    const reviews = [
      { expertId: 'strict', score: 4 },
      { expertId: 'lenient', score: 7 },
    ];
    assert.deepEqual(aggregateScores({ method: 'z-score', scale, reviews, expertStats, disagreementThreshold: 2 }), {
      method: 'z-score',
      score: 4.41,
      reviewCount: 2,
      spread: 3,
      disagreement: true,
      explanation: {
        method: 'z-score',
        perReview: [
          { expertId: 'strict', raw: 4, used: 4.41, dropped: false },
          { expertId: 'lenient', raw: 7, used: 4.41, dropped: false },
        ],
        normalisation: 'z-score',
      },
    });
  });

  it('leaves raw the review of an expert with fewer than three reviews, or who never varies, and says why', () => {
    const stats: ReviewerStatistics = reviewerStatistics([
      ...pool,
      { expertId: 'newcomer', score: 9.5 },
      { expertId: 'newcomer', score: 9 },
      { expertId: 'flat', score: 6 },
      { expertId: 'flat', score: 6 },
      { expertId: 'flat', score: 6 },
    ]);
    const aggregate = aggregateScores({
      method: 'z-score',
      scale,
      reviews: [
        { expertId: 'newcomer', score: 9.5 },
        { expertId: 'flat', score: 6 },
        { expertId: 'unknown', score: 3 },
      ],
      expertStats: stats,
    });
    assert.deepEqual(aggregate.explanation, {
      method: 'z-score',
      perReview: [
        { expertId: 'newcomer', raw: 9.5, used: 9.5, dropped: false, fallback: 'too-few-reviews' },
        { expertId: 'flat', raw: 6, used: 6, dropped: false, fallback: 'no-spread' },
        { expertId: 'unknown', raw: 3, used: 3, dropped: false, fallback: 'too-few-reviews' },
      ],
      normalisation: 'raw-fallback',
    });
    assert.equal(aggregate.score, 6.17);
  });

  it('clamps a normalised value to the scale', () => {
    const stats: ReviewerStatistics = {
      perExpert: new Map([['steady', { count: 5, mean: 5, sd: 0.1 }]]),
      pooled: { count: 50, mean: 5, sd: 3 },
    };
    const aggregate = aggregateScores({ method: 'z-score', scale, reviews: [{ expertId: 'steady', score: 6 }], expertStats: stats });
    assert.equal(aggregate.explanation.perReview[0]!.used, 10);
    assert.equal(aggregate.score, 10);
  });

  it('throws without the experts’ statistics', () => {
    assert.throws(() => aggregateScores({ method: 'z-score', scale, reviews: reviewsOf(5) }), /statistics/);
  });

  it('leaves out the normalisation for the other methods', () => {
    assert.equal('normalisation' in aggregateScores({ method: 'mean', scale, reviews: reviewsOf(5), expertStats }).explanation, false);
  });
});
