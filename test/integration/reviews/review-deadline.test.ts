import assert from 'node:assert/strict';
import { afterEach, describe, it, vi } from 'vitest';
import { formatMoscowTime } from '../../../shared/mail/domain/format-moscow-time.ts';
import { kadryBudushchegoTemplate } from '../../../shared/catalogue/domain/templates/kadry-budushchego.ts';
import { callReviews } from '../../support/call-reviews.ts';
import { applicationIn, assign, expertInPool, reviewSeason, type ReviewSeason } from './review-world.ts';

/**
 * A rubric's reviews lock when its stage's window closes in the season's calendar: Кадры будущего's
 * selection gate reads the scores then, so nothing about them changes after, and no review is
 * assigned that could never be submitted. The reviews function reads the time from its clock, so
 * the test moves the process's clock past the close (Date only) rather than waiting for it.
 */
const DAY = 24 * 60 * 60 * 1000;
const RUBRIC = 'selection';
const SCORES = { motivation: 8, activity: 7, 'regional-focus': 8 };

const selectionClosingIn = async (ms: number): Promise<ReviewSeason & { readonly closesAt: string }> => {
  const closesAt = new Date(Date.now() + ms).toISOString();
  const season = await reviewSeason({}, kadryBudushchegoTemplate, {
    calendar: [
      { stage: 'application', opensAt: new Date(Date.now() - 10 * DAY).toISOString(), closesAt: new Date(Date.now() - DAY).toISOString() },
      { stage: RUBRIC, opensAt: new Date(Date.now() - DAY).toISOString(), closesAt, closeGate: { to: 'regional-school' } },
    ],
  });
  return { ...season, closesAt };
};

const review = (expert: Record<string, string>, applicationId: string, method: 'PUT' | 'POST', version: number) =>
  callReviews({
    method,
    route: method === 'PUT' ? '/me/reviews/{applicationId}/{rubricId}' : '/me/reviews/{applicationId}/{rubricId}/submission',
    pathParameters: { applicationId, rubricId: RUBRIC },
    claims: expert,
    body: { scores: SCORES, version },
  });

const assignmentRun = (season: ReviewSeason, dryRun: boolean) =>
  callReviews({
    method: 'POST',
    route: '/seasons/{seasonId}/review-assignments',
    pathParameters: { seasonId: season.seasonId },
    claims: season.staff,
    body: { rubricId: RUBRIC, dryRun },
  });

afterEach(() => {
  vi.useRealTimers();
});

describe('reviews lock at the rubric’s deadline', { timeout: 60_000 }, () => {
  it('takes drafts and submissions until the selection window closes, then refuses them, new assignments and assignment runs alike', async () => {
    const season = await selectionClosingIn(DAY);
    const [{ applicationId }, other] = await Promise.all([
      applicationIn(season, { stage: RUBRIC }),
      applicationIn(season, { stage: RUBRIC }),
    ]);
    const [expert, late] = await Promise.all([
      expertInPool(season, 5, { competences: ['youth-work'] }),
      expertInPool(season, 5, { competences: ['youth-work'] }),
    ]);
    assert.equal((await assign(season, applicationId, expert, {}, RUBRIC)).status, 201);
    assert.equal((await review(expert, applicationId, 'PUT', 1)).status, 200, 'a draft before the close');

    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.parse(season.closesAt) + 60_000);
    for (const refused of [
      await review(expert, applicationId, 'POST', 2),
      await review(expert, applicationId, 'PUT', 2),
      await assign(season, other.applicationId, late, {}, RUBRIC),
      await assignmentRun(season, true),
      await assignmentRun(season, false),
      // Nor is anyone reminded of reviews they can no longer hand in.
      await callReviews({
        method: 'POST',
        route: '/seasons/{seasonId}/review-reminders',
        pathParameters: { seasonId: season.seasonId },
        claims: season.staff,
        body: { rubricId: RUBRIC },
      }),
    ]) {
      assert.equal(refused.status, 409, JSON.stringify(refused.body));
      assert.equal(refused.body['code'], 'review-locked');
      // The deadline as the mails write it: Moscow time, in the reader's language.
      assert.ok((refused.body['message'] as { en: string }).en.includes(formatMoscowTime(season.closesAt, 'en')));
    }
    vi.useRealTimers();
    const pool = await callReviews({
      method: 'GET',
      route: '/seasons/{seasonId}/experts',
      pathParameters: { seasonId: season.seasonId },
      claims: season.staff,
    });
    const loads = (pool.body['items'] as { expertId: string; load: number }[]).map((member) => [member.expertId, member.load]).sort();
    assert.deepEqual(
      loads,
      [
        [expert['sub'], 1],
        [late['sub'], 0],
      ].sort(),
      'nothing was assigned after the close',
    );
  });
});
