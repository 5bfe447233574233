import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { documentClient } from '../../../shared/adapters/dynamodb/document-client.ts';
import { DynamoDbReviewStore } from '../../../shared/adapters/dynamodb/dynamodb-review-store.ts';
import { ENV, requireEnv } from '../../../shared/platform/config/env.ts';
import type { RubricAggregate } from '../../../shared/reviews/aggregate-schema.ts';

const store = new DynamoDbReviewStore(documentClient(), requireEnv(ENV.tableName));

const aggregate = (score: number, basis: number | undefined): RubricAggregate => ({
  rubricId: 'project-evaluation',
  method: 'mean',
  score,
  reviewCount: 2,
  spread: 1,
  disagreement: false,
  passed: score >= 6,
  extraReviewerWanted: false,
  explanation: { method: 'mean', perReview: [] },
  computedAt: new Date().toISOString(),
  ...(basis === undefined ? {} : { basis }),
});

describe('an application’s stored score', () => {
  it('is never replaced by one computed from older reviews, and is by one from the same or newer', async () => {
    const applicationId = randomUUID();
    expect(await store.saveAggregate(applicationId, aggregate(5, undefined))).toBe('saved');
    expect(await store.saveAggregate(applicationId, aggregate(7, 5))).toBe('saved');
    // A slow correction computed before the last review's write lands after it: it is refused.
    expect(await store.saveAggregate(applicationId, aggregate(4, 4))).toBe('superseded');
    expect(await store.saveAggregate(applicationId, aggregate(7, 5))).toBe('saved');
    expect(await store.saveAggregate(applicationId, aggregate(8, 6))).toBe('saved');
    const { aggregates } = await store.reviewsWithScores(applicationId);
    expect(aggregates.map((stored) => [stored.score, stored.basis])).toEqual([[8, 6]]);
  });
});
