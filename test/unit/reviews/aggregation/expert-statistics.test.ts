import assert from 'node:assert/strict';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { expertStatistics, pooledStatistics, reviewerStatistics } from '../../../../shared/reviews/domain/aggregation/expert-statistics.ts';

const close = (actual: number, expected: number, tolerance = 1e-9): void =>
  assert.ok(Math.abs(actual - expected) <= tolerance, `${actual} is not ${expected}`);

const reviewsArbitrary = fc.array(
  fc.record({
    expertId: fc.constantFrom('ann', 'bob', 'cat'),
    score: fc.integer({ min: 0, max: 10_000 }).map((hundredths) => hundredths / 100),
  }),
  { maxLength: 30 },
);

describe('expert statistics', () => {
  it('gives each expert the count, mean and population sd of their own scores', () => {
    const stats = expertStatistics([
      { expertId: 'strict', score: 4 },
      { expertId: 'lenient', score: 9 },
      { expertId: 'strict', score: 5 },
      { expertId: 'strict', score: 6 },
    ]);
    assert.deepEqual([...stats.keys()], ['strict', 'lenient']);
    const strict = stats.get('strict')!;
    assert.equal(strict.count, 3);
    assert.equal(strict.mean, 5);
    close(strict.sd, Math.sqrt(2 / 3));
    assert.deepEqual(stats.get('lenient'), { count: 1, mean: 9, sd: 0 });
  });

  it('gives an expert who never varies exactly their score and no spread, free of rounding drift', () => {
    assert.deepEqual(expertStatistics(Array.from({ length: 3 }, () => ({ expertId: 'flat', score: 0.1 }))).get('flat'), {
      count: 3,
      mean: 0.1,
      sd: 0,
    });
  });

  it('pools every review whoever wrote it, and an empty pool is all zeros', () => {
    const pooled = pooledStatistics([
      { expertId: 'a', score: 4 },
      { expertId: 'a', score: 5 },
      { expertId: 'a', score: 6 },
      { expertId: 'b', score: 7 },
      { expertId: 'b', score: 8 },
      { expertId: 'b', score: 9 },
    ]);
    assert.equal(pooled.count, 6);
    assert.equal(pooled.mean, 6.5);
    close(pooled.sd, Math.sqrt(35 / 12));
    assert.deepEqual(pooledStatistics([]), { count: 0, mean: 0, sd: 0 });
    assert.deepEqual(reviewerStatistics([]), { perExpert: new Map(), pooled: { count: 0, mean: 0, sd: 0 } });
  });

  it('counts every review once, keeps each mean within the expert’s scores and no sd negative', () => {
    fc.assert(
      fc.property(reviewsArbitrary, (reviews) => {
        const { perExpert, pooled } = reviewerStatistics(reviews);
        assert.equal(
          [...perExpert.values()].reduce((sum, stats) => sum + stats.count, 0),
          reviews.length,
        );
        assert.equal(pooled.count, reviews.length);
        for (const [expertId, stats] of perExpert) {
          const own = reviews.filter((review) => review.expertId === expertId).map((review) => review.score);
          assert.ok(stats.mean >= Math.min(...own) - 1e-9 && stats.mean <= Math.max(...own) + 1e-9);
          assert.ok(stats.sd >= 0);
          assert.equal(
            stats.sd === 0,
            own.every((score) => score === own[0]),
          );
        }
      }),
    );
  });

  it('moves the mean with a constant added to every score and leaves the sd as it was', () => {
    fc.assert(
      fc.property(reviewsArbitrary, fc.integer({ min: 1, max: 500 }), (reviews, hundredths) => {
        const offset = hundredths / 100;
        const before = pooledStatistics(reviews);
        const after = pooledStatistics(reviews.map((review) => ({ ...review, score: review.score + offset })));
        if (reviews.length === 0) return;
        close(after.mean, before.mean + offset, 1e-6);
        close(after.sd, before.sd, 1e-6);
      }),
    );
  });
});
