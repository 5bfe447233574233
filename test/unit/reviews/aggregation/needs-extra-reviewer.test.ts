import assert from 'node:assert/strict';
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { type Aggregate, aggregateScores } from '../../../../shared/reviews/domain/aggregation/aggregate-scores.ts';
import { needsExtraReviewer } from '../../../../shared/reviews/domain/aggregation/needs-extra-reviewer.ts';

const scale = { min: 0, max: 10 };
const policy = { reviewersWanted: 2, extraOnDisagreement: true, maxReviewers: 3 };

const aggregateOf = (...scores: readonly number[]): Aggregate =>
  aggregateScores({
    method: 'mean',
    scale,
    reviews: scores.map((score, index) => ({ expertId: `expert-${index}`, score })),
    disagreementThreshold: 3,
  });

describe('needs an extra reviewer', () => {
  const apart = aggregateOf(2, 9);

  it('asks for one more when the wanted experts have all reviewed and disagree, with room under the maximum', () => {
    assert.equal(apart.disagreement, true);
    assert.equal(needsExtraReviewer(apart, policy, 2), true);
  });

  it('does not ask when the experts agree', () => {
    assert.equal(needsExtraReviewer(aggregateOf(6, 8), policy, 2), false);
  });

  it('does not ask when the stage calls in no extras', () => {
    assert.equal(needsExtraReviewer(apart, { ...policy, extraOnDisagreement: false }, 2), false);
  });

  it('does not ask at the maximum', () => {
    assert.equal(needsExtraReviewer(aggregateOf(2, 9, 5), policy, 3), false);
  });

  it('waits for every assigned expert, and for the wanted number, before asking', () => {
    assert.equal(needsExtraReviewer(apart, { ...policy, maxReviewers: 4 }, 3), false);
    assert.equal(needsExtraReviewer(apart, { ...policy, reviewersWanted: 3, maxReviewers: 4 }, 2), false);
  });

  it('never asks past the maximum, nor without a disagreement', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 8 }),
        fc.record({
          reviewersWanted: fc.integer({ min: 1, max: 5 }),
          extraOnDisagreement: fc.boolean(),
          maxReviewers: fc.integer({ min: 1, max: 8 }),
        }),
        fc.integer({ min: 0, max: 10 }),
        (hundredths, drawn, assignedCount) => {
          const aggregate = aggregateOf(...hundredths.map((value) => value / 100));
          if (needsExtraReviewer(aggregate, drawn, assignedCount)) {
            assert.ok(aggregate.disagreement && drawn.extraOnDisagreement && assignedCount < drawn.maxReviewers);
          }
        },
      ),
    );
  });
});
