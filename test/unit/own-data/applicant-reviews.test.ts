import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { applicantReviews, applicantScores } from '../../../shared/own-data/domain/applicant-reviews.ts';
import type { RubricAggregate } from '../../../shared/reviews/aggregate-schema.ts';
import type { Review } from '../../../shared/reviews/review-schema.ts';

const review: Review = {
  applicationId: '3f9a6c1e-2b7d-4e8f-9a0b-1c2d3e4f5a6b',
  seasonId: 'prokadry-2027-spring',
  programmeId: 'prokadry-2027',
  rubricId: 'expert-interview',
  stage: 'interview',
  expertId: 'expert-secret',
  status: 'submitted',
  scores: { motivation: 9 },
  weightedScore: 90,
  commentForApplicant: 'Хорошо подготовились.',
  commentForStaff: 'Для штаба',
  assignedBy: 'staff-secret',
  assignedAt: '2027-07-01T09:00:00.000Z',
  conflictOverride: { reason: 'Знакомы по вузу', by: 'staff-secret', at: '2027-07-01T09:00:00.000Z', conflicts: [] },
  documents: [],
  submittedAt: '2027-07-02T09:00:00.000Z',
  updatedAt: '2027-07-02T09:00:00.000Z',
  version: 3,
};

describe('what the applicant reads of their reviews', () => {
  it('is a submitted review’s comment for them, with its rubric, stage and time, and nothing of the expert', () => {
    const [own] = applicantReviews([review, { ...review, status: 'draft', submittedAt: undefined, rubricId: 'other' }]);
    assert.deepEqual(own, {
      applicationId: review.applicationId,
      rubricId: 'expert-interview',
      stage: 'interview',
      commentForApplicant: 'Хорошо подготовились.',
      submittedAt: '2027-07-02T09:00:00.000Z',
    });
    assert.equal(applicantReviews([{ ...review, status: 'assigned', submittedAt: undefined }]).length, 0);
  });

  it('is each rubric’s score without the explanation that lists every expert’s own', () => {
    const aggregate: RubricAggregate = {
      rubricId: 'expert-interview',
      method: 'mean',
      score: 82,
      reviewCount: 2,
      spread: 4,
      disagreement: false,
      extraReviewerWanted: false,
      explanation: { method: 'mean', perReview: [{ expertId: 'expert-secret', raw: 84, used: 84, dropped: false }] },
      computedAt: '2027-07-03T09:00:00.000Z',
    };
    const scores = applicantScores(review.applicationId, [aggregate]);
    assert.deepEqual(scores, [
      {
        applicationId: review.applicationId,
        rubricId: 'expert-interview',
        method: 'mean',
        score: 82,
        reviewCount: 2,
        computedAt: '2027-07-03T09:00:00.000Z',
      },
    ]);
    assert.ok(!JSON.stringify(scores).includes('expert-secret'));
  });
});
